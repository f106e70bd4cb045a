import './jitless'
import { z } from 'zod'
import { MAX_REASON_LENGTH } from '@/lib/forte/codes'

/** A reviewer's decision: approve, or reject with a reason (the workspace and the server action share it). */
export const decisionInputSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(MAX_REASON_LENGTH) }),
])
export type DecisionInput = z.infer<typeof decisionInputSchema>
