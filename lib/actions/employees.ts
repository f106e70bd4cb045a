'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { requireSameOrigin } from '@/lib/auth/same-origin'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { deleteEmployee as deleteEmployeeApi } from '@/lib/forte/employees'
import { type ApiFailure, toFailure } from '@/lib/forte/errors'

export type DeleteEmployeeResult = { ok: true } | { ok: false; reason: ApiFailure }

const idSchema = z.coerce.number().int().positive().max(2_147_483_647)

/** Deletes an employee of the director's company (the API revokes all their tokens at once). */
export async function deleteEmployee(id: unknown): Promise<DeleteEmployeeResult> {
  await requireSameOrigin()
  // Directors only: an employee or a Forte reviewer calling this action directly is sent to the 403 page.
  await requireRole('director')
  const parsed = idSchema.safeParse(id)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const auth = await getApiAuth()
  if (auth.kind !== 'bearer') return { ok: false, reason: 'forbidden' }
  try {
    await deleteEmployeeApi(auth, parsed.data)
  } catch (e) {
    return { ok: false, reason: toFailure(e) }
  }
  revalidatePath('/employees')
  return { ok: true }
}
