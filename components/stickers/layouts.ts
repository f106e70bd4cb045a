/**
 * Label layouts. Sizes are in millimetres and match common label stock: A4 3×8 of 70×37 mm
 * (no side margins), A4 2×5 of 105×57 mm, and a single 100×60 mm label printed on its own page size.
 */
import { MAX_STICKERS } from '@/lib/forte/codes'

export type LayoutId = 'a4-3x8' | 'a4-2x5' | 'label-100x60'

export type StickerLayout = {
  id: LayoutId
  cols: number
  rows: number
  /** One sticker, mm. */
  width: number
  height: number
  /** The printed page, mm. */
  pageWidth: number
  pageHeight: number
  /** Top offset of the grid on the page, mm (the grid is centred horizontally). */
  top: number
}

export const LAYOUTS: Record<LayoutId, StickerLayout> = {
  'a4-3x8': { id: 'a4-3x8', cols: 3, rows: 8, width: 70, height: 37, pageWidth: 210, pageHeight: 297, top: 0.5 },
  'a4-2x5': { id: 'a4-2x5', cols: 2, rows: 5, width: 105, height: 57, pageWidth: 210, pageHeight: 297, top: 6 },
  'label-100x60': {
    id: 'label-100x60',
    cols: 1,
    rows: 1,
    width: 100,
    height: 60,
    pageWidth: 100,
    pageHeight: 60,
    top: 0,
  },
}

export const LAYOUT_IDS = Object.keys(LAYOUTS) as LayoutId[]
export const perPage = (l: StickerLayout) => l.cols * l.rows

export const isLayoutId = (v: unknown): v is LayoutId => typeof v === 'string' && v in LAYOUTS

export const MAX_COPIES = 24

/** The first label to print on a part-used sheet: 1..labels per sheet (1 for anything else). */
export const startLabel = (layout: StickerLayout, start: number) =>
  Number.isInteger(start) && start >= 1 && start <= perPage(layout) ? start : 1

/**
 * Each item repeated `copies` times (kept together), then cut into pages of the layout. With
 * `start` N, the first sheet begins with N-1 empty cells (`null`): the labels already peeled off.
 */
export function paginate<T>(items: T[], layout: StickerLayout, copies = 1, start = 1): (T | null)[][] {
  const n = Math.min(Math.max(1, Math.floor(copies) || 1), MAX_COPIES)
  const stickers = items.flatMap((item) => Array.from({ length: n }, () => item)).slice(0, MAX_STICKERS)
  if (stickers.length === 0) return []
  const all = [...Array<null>(startLabel(layout, start) - 1).fill(null), ...stickers]
  const size = perPage(layout)
  const pages: (T | null)[][] = []
  for (let i = 0; i < all.length; i += size) pages.push(all.slice(i, i + size))
  return pages
}

/** How many stickers the pages hold (empty cells left out). */
export const stickerCount = (pages: unknown[][]) => pages.reduce((n, p) => n + p.filter((c) => c !== null).length, 0)
