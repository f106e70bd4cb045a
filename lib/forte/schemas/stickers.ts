import { z } from 'zod'
import { okEnvelope } from './common'

/** `POST /vehicles/stickers` and `POST /1c/vehicles/stickers` [ext]: how many vehicles were recorded, and when. */
export const stickersRecordedSchema = okEnvelope({ printed: z.number().int(), sticker_printed_at: z.string() })
