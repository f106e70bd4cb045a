import { z } from 'zod'
import { GUID_PATTERN, MAX_STICKERS } from '@/lib/forte/codes'

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
