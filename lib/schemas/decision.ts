import './jitless'
import { z } from 'zod'

/** The API stores a reject reason of up to 1000 characters. */
export const MAX_REASON_LENGTH = 1000

/** A reviewer's decision: approve, or reject with a reason (the workspace and the server action share it). */
export const decisionInputSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(MAX_REASON_LENGTH) }),
])
export type DecisionInput = z.infer<typeof decisionInputSchema>
