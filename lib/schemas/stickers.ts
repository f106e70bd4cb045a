import { z } from 'zod'

/** The most stickers one print job holds (copies included): a few A4 packs, and a URL that stays short. */
export const MAX_STICKERS = 500

/** What may stand for a vehicle_guid in a URL or an action (the API's guids are UUID-like). */
export const GUID_PATTERN = /^[0-9A-Za-z-]{1,64}$/

/** The vehicles of a print job whose stickers are recorded as printed. */
export const printedGuidsSchema = z.array(z.string().regex(GUID_PATTERN)).min(1).max(MAX_STICKERS)

/** The staff search / director filter of the sticker picker, as the URL carries it. */
export type StickerFilter = {
  /** A company's BIN/IIN (staff only), or ''. */
  biin: string
  /** Plate, VIN, company... (staff only), or ''. */
  q: string
  /** `none`: only vehicles never given a sticker ("без наклейки / новые"). */
  sticker: '' | 'none'
}
