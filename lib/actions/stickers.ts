'use server'

import { requireSameOrigin } from '@/lib/auth/same-origin'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { type ApiFailure, toFailure } from '@/lib/forte/errors'
import { recordStickersPrinted } from '@/lib/forte/stickers'
import { printedGuidsSchema } from '@/lib/schemas/stickers'

export type RecordPrintedResult = { ok: true; printed: number } | { ok: false; reason: ApiFailure }

/** Records `sticker_printed_at` for the vehicles of a print job (directors: their own; staff: any). */
export async function recordPrinted(guids: unknown): Promise<RecordPrintedResult> {
  await requireSameOrigin()
  await requireRole('director', 'staff')
  const parsed = printedGuidsSchema.safeParse(guids)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  try {
    const { printed } = await recordStickersPrinted(await getApiAuth(), [...new Set(parsed.data)])
    return { ok: true, printed }
  } catch (e) {
    return { ok: false, reason: toFailure(e) }
  }
}
