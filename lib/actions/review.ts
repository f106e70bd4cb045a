'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { historyLines, latestDecision } from '@/components/review/history'
import { MAX_REASON_LENGTH } from '@/components/review/reject-reason'
import type { DecisionFailure } from '@/components/review/review-text'
import { requireSameOrigin } from '@/lib/auth/same-origin'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { ForteApiError } from '@/lib/forte/errors'
import { decide1C, getReport1C } from '@/lib/forte/review'

/** Who decided first, when our decision came second (409). */
export type DecisionConflict = { who?: string; at?: string; statusCode?: number; reason?: string }

export type DecisionResult =
  | { ok: true; statusCode: 3 | 4 }
  | { ok: false; reason: Exclude<DecisionFailure, 'network'>; conflict?: undefined }
  | { ok: false; reason: 'conflict'; conflict: DecisionConflict }

const decisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(MAX_REASON_LENGTH) }),
])
const refKeySchema = z.string().trim().min(1).max(100)

/**
 * Approves or rejects a sent report. The API only applies it while the report is still "sent"
 * (`expected_status_code: 2`), so a second reviewer never overwrites the first one's decision.
 */
export async function decideReport(refKey: unknown, input: unknown): Promise<DecisionResult> {
  await requireSameOrigin()
  await requireRole('staff')
  const ref = refKeySchema.safeParse(refKey)
  const parsed = decisionSchema.safeParse(input)
  if (!ref.success || !parsed.success) return { ok: false, reason: 'invalid' }
  const auth = await getApiAuth()
  if (auth.kind !== 'basic') return { ok: false, reason: 'forbidden' }
  const statusCode = parsed.data.decision === 'approve' ? 3 : 4
  try {
    await decide1C(auth, ref.data, {
      status_code: statusCode,
      ...(parsed.data.decision === 'reject' ? { reject_reason: parsed.data.reason } : {}),
      expected_status_code: 2,
    })
  } catch (e) {
    if (e instanceof ForteApiError && e.status === 409) {
      revalidatePath('/review', 'layout')
      return { ok: false, reason: 'conflict', conflict: await conflictOf(auth, ref.data, e) }
    }
    return { ok: false, reason: failureOf(e) }
  }
  // The queue and every report page change: the next page load shows the new state.
  revalidatePath('/review', 'layout')
  return { ok: true, statusCode }
}

/** The 409's own data first; the report's history fills what it lacks. */
async function conflictOf(
  auth: Parameters<typeof getReport1C>[0],
  refKey: string,
  e: ForteApiError,
): Promise<DecisionConflict> {
  const d = e.data as Record<string, unknown>
  const s = (v: unknown) => (typeof v === 'string' && v ? v : undefined)
  const fromApi: DecisionConflict = {
    who:
      s(d.decided_by_name) ?? s(d.reviewer_display_name) ?? s(d.display_name) ?? s(d.decided_by) ?? s(d.reviewer_login),
    at: s(d.decided_at) ?? s(d.at),
    statusCode:
      typeof d.current_status_code === 'number'
        ? d.current_status_code
        : typeof d.status_code === 'number'
          ? d.status_code
          : undefined,
  }
  try {
    const report = await getReport1C(auth, refKey)
    const last = report ? latestDecision(historyLines(report.history)) : undefined
    return {
      who: fromApi.who ?? last?.who,
      at: fromApi.at ?? last?.at,
      statusCode: fromApi.statusCode ?? last?.statusCode ?? report?.report?.status_code,
      reason: last?.reason,
    }
  } catch {
    return fromApi
  }
}

function failureOf(e: unknown): Exclude<DecisionFailure, 'network'> {
  if (!(e instanceof ForteApiError)) return 'unavailable'
  if (e.status === 401) return 'expired'
  if (e.status === 403) return 'forbidden'
  if (e.status === 404) return 'not-found'
  if (e.status === 422 || e.status === 400) return 'invalid'
  return e.status >= 500 ? 'unavailable' : 'failed'
}
