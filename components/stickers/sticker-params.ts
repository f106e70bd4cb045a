import { GUID_PATTERN, MAX_STICKERS } from '@/lib/forte/codes'
import type { StickerFilter } from '@/lib/schemas/stickers'
import { firstParam, positiveIntParam, readParam, type SearchParams } from '@/lib/search-params'
import { isLayoutId, LAYOUTS, type LayoutId, MAX_COPIES, perPage } from './layouts'

const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** Guids of a repeated param (`v=a&v=b` or `v=a,b`): well-formed ones only, deduplicated, capped. */
const guidList = (v: string | string[] | undefined) =>
  [
    ...new Set(
      all(v)
        .flatMap((s) => s.split(','))
        .map((s) => s.trim()),
    ),
  ]
    .filter((s) => GUID_PATTERN.test(s))
    .slice(0, MAX_STICKERS)

export type StickerParams = {
  layout: LayoutId
  copies: number
  /** The first label on the first sheet (1..labels per sheet). */
  start: number
  /** The filter the vehicles were picked under. */
  filter: StickerFilter
  /** Explicit choice (`v`), or every vehicle of the filter (`all=1`) except `x`. */
  pick: { all: false; guids: string[] } | { all: true; excluded: string[] }
}

/**
 * The print view's `?layout=&copies=&start=&v=guid&v=guid` or `?all=1&x=guid&biin=&q=&sticker=`;
 * bad values fall back to defaults. With `all=1` the filter decides and `v` is ignored.
 */
export function parseStickerParams(raw: SearchParams): StickerParams {
  const layoutParam = firstParam(raw.layout)
  const layout = isLayoutId(layoutParam) ? layoutParam : 'a4-3x8'
  return {
    layout,
    copies: positiveIntParam(readParam(raw, 'copies'), MAX_COPIES),
    start: positiveIntParam(readParam(raw, 'start'), perPage(LAYOUTS[layout])),
    filter: parseStickerFilter(raw),
    pick:
      readParam(raw, 'all') === '1' ? { all: true, excluded: guidList(raw.x) } : { all: false, guids: guidList(raw.v) },
  }
}

function parseStickerFilter(raw: SearchParams): StickerFilter {
  return {
    biin: (readParam(raw, 'biin') ?? '').replace(/\D/g, '').slice(0, 12),
    q: (readParam(raw, 'q') ?? '').slice(0, 50),
    sticker: readParam(raw, 'sticker') === 'none' ? 'none' : '',
  }
}

/** Search of the picker: the filter and the page. */
export function parseStickerSearch(raw: SearchParams) {
  return { ...parseStickerFilter(raw), page: positiveIntParam(readParam(raw, 'page')) }
}
