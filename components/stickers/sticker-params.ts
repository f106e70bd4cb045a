import { firstParam as first, type SearchParams as Raw } from '@/lib/search-params'
import { isLayoutId, type LayoutId, MAX_COPIES, MAX_STICKERS } from './layouts'

const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

export type StickerParams = { layout: LayoutId; guids: string[]; copies: number }

/** `?layout=&v=guid&v=guid&copies=` of the print view; bad values fall back to defaults, guids deduplicated. */
export function parseStickerParams(raw: Raw): StickerParams {
  const layout = first(raw.layout)
  const copies = Math.floor(Number(first(raw.copies)))
  const guids = [
    ...new Set(
      all(raw.v)
        .flatMap((s) => s.split(','))
        .map((s) => s.trim()),
    ),
  ]
    .filter((s) => /^[0-9A-Za-z-]{1,64}$/.test(s))
    .slice(0, MAX_STICKERS)
  return {
    layout: isLayoutId(layout) ? layout : 'a4-3x8',
    guids,
    copies: Number.isFinite(copies) && copies >= 1 ? Math.min(copies, MAX_COPIES) : 1,
  }
}

/** Search of the staff picker: BIN (12 digits) and free text (plate / VIN). */
export function parseStickerSearch(raw: Raw) {
  const biin = (first(raw.biin) ?? '').replace(/\D/g, '').slice(0, 12)
  const q = (first(raw.q) ?? '').trim().slice(0, 50)
  const page = Math.max(1, Math.floor(Number(first(raw.page))) || 1)
  return { biin, q, page }
}
