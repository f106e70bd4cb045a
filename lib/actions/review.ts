'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { requireSameOrigin } from '@/lib/auth/same-origin'
import { type ApiAuth, getApiAuth, requireRole } from '@/lib/auth/session'
import { type ApiFailure, ForteApiError, toFailure } from '@/lib/forte/errors'
import { historyLines, latestDecision } from '@/lib/forte/history'
import { decide1C, getReport1C, undoDecision1C } from '@/lib/forte/review'
import { decisionConflictSchema, undoConflictSchema, type UndoRefusal } from '@/lib/forte/schemas/review'
import { decisionInputSchema } from '@/lib/schemas/decision'

/** Who decided first, when our decision came second (409). */
export type DecisionConflict = { who?: string; at?: string; statusCode?: number; reason?: string }

export type DecisionResult =
  | { ok: true; statusCode: 3 | 4; /** How long the reviewer may undo it (the API's window). */ undoSeconds: number }
  | { ok: false; reason: Exclude<ApiFailure, 'conflict'>; conflict?: undefined }
  | { ok: false; reason: 'conflict'; conflict: DecisionConflict }

const refKeySchema = z.string().trim().min(1).max(100)

/**
 * Approves or rejects a sent report. The API only applies it while the report is still "sent"
 * (`expected_status_code: 2`), so a second reviewer never overwrites the first one's decision.
 */
export async function decideReport(refKey: unknown, input: unknown): Promise<DecisionResult> {
  await requireSameOrigin()
  await requireRole('staff')
  const ref = refKeySchema.safeParse(refKey)
  const parsed = decisionInputSchema.safeParse(input)
  if (!ref.success || !parsed.success) return { ok: false, reason: 'invalid' }
  const auth = await getApiAuth()
  if (auth.kind !== 'basic') return { ok: false, reason: 'forbidden' }
  const statusCode = parsed.data.decision === 'approve' ? 3 : 4
  let decided
  try {
    decided = await decide1C(auth, ref.data, {
      status_code: statusCode,
      ...(parsed.data.decision === 'reject' ? { reject_reason: parsed.data.reason } : {}),
      expected_status_code: 2,
    })
  } catch (e) {
    const reason = toFailure(e)
    if (reason !== 'conflict') return { ok: false, reason }
    revalidatePath('/review', 'layout')
    return { ok: false, reason, conflict: await conflictOf(auth, ref.data, e as ForteApiError) }
  }
  // The queue and every report page change: the next page load shows the new state.
  revalidatePath('/review', 'layout')
  const undoSeconds = Math.max(0, Math.round((Date.parse(decided.undo_until) - Date.parse(decided.decided_at)) / 1000))
  return { ok: true, statusCode, undoSeconds }
}

export type UndoResult = { ok: true } | { ok: false; reason: ApiFailure; refusal?: UndoRefusal }

/** Takes back the caller's own decision while the API's undo window lasts; the API says why when it refuses. */
export async function undoDecision(refKey: unknown): Promise<UndoResult> {
  await requireSameOrigin()
  await requireRole('staff')
  const ref = refKeySchema.safeParse(refKey)
  if (!ref.success) return { ok: false, reason: 'invalid' }
  const auth = await getApiAuth()
  if (auth.kind !== 'basic') return { ok: false, reason: 'forbidden' }
  try {
    await undoDecision1C(auth, ref.data)
  } catch (e) {
    const reason = toFailure(e)
    const refusal = reason === 'conflict' ? undoConflictSchema.safeParse((e as ForteApiError).data) : undefined
    return { ok: false, reason, refusal: refusal?.success ? refusal.data.reason : undefined }
  }
  revalidatePath('/review', 'layout')
  return { ok: true }
}

/** The 409's own account of who decided first; the report's history adds the reason (and fills any gap). */
async function conflictOf(auth: ApiAuth, refKey: string, e: ForteApiError): Promise<DecisionConflict> {
  const d = decisionConflictSchema.safeParse(e.data)
  const fromApi: DecisionConflict = d.success
    ? {
        who: d.data.decided_by_name ?? d.data.decided_by ?? undefined,
        at: d.data.decided_at ?? undefined,
        statusCode: d.data.current_status_code,
      }
    : {}
  try {
    const report = await getReport1C(auth, refKey)
    const last = report ? latestDecision(historyLines(report.history)) : undefined
    return {
      who: fromApi.who ?? last?.who,
      at: fromApi.at ?? last?.at,
      statusCode: fromApi.statusCode ?? last?.statusCode ?? report?.report.status_code,
      reason: last?.reason,
    }
  } catch {
    return fromApi
  }
}
