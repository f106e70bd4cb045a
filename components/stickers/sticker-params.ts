import { firstParam, positiveIntParam, readParam, type SearchParams } from '@/lib/search-params'
import { isLayoutId, type LayoutId, MAX_COPIES, MAX_STICKERS } from './layouts'

const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

export type StickerParams = { layout: LayoutId; guids: string[]; copies: number }

/** `?layout=&v=guid&v=guid&copies=` of the print view; bad values fall back to defaults, guids deduplicated. */
export function parseStickerParams(raw: SearchParams): StickerParams {
  const layout = firstParam(raw.layout)
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
    copies: positiveIntParam(readParam(raw, 'copies'), MAX_COPIES),
  }
}

/** Search of the staff picker: BIN (12 digits) and free text (plate / VIN). */
export function parseStickerSearch(raw: SearchParams) {
  return {
    biin: (readParam(raw, 'biin') ?? '').replace(/\D/g, '').slice(0, 12),
    q: (readParam(raw, 'q') ?? '').slice(0, 50),
    page: positiveIntParam(readParam(raw, 'page')),
  }
}
