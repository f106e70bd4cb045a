import { z } from 'zod'

/** Schemas of the sticker endpoints (api-contract.md "Workflow additions"). */

/** The most stickers one call records: a print job (the portal prints at most 500 at once) fits easily. */
const MAX_STICKER_GUIDS = 1000

/** On vehicle items: when a sticker was last printed for it (UTC ISO), null until then. */
export const StickerPrintedAt = z
  .string()
  .nullable()
  .meta({ description: 'When a sticker was last printed for the vehicle (UTC ISO); null until then.' })

/**
 * The same on the seed's vehicle items: this server always sends it, but the real API (and so the
 * seed's examples) may not, so a client must not count on it there.
 */
export const SeedStickerPrintedAt = StickerPrintedAt.optional()

export const StickersBody = z
  .object({
    vehicle_guids: z
      .array(z.string().trim().min(1).max(64))
      .min(1, 'Give at least one vehicle_guid.')
      .max(MAX_STICKER_GUIDS, `At most ${MAX_STICKER_GUIDS} vehicle_guids a call.`),
  })
  .meta({ id: 'StickersBody' })

export const StickersPayload = {
  /** How many distinct vehicles were recorded. */
  printed: z.number().int(),
  sticker_printed_at: z.string(),
}
