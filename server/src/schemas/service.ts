import { z } from 'zod'

/** GET /health: each part's state (503 when one is `error`). */
export const Health = z.object({
  status: z.enum(['ok', 'error']),
  db: z.enum(['ok', 'error']).describe('a real write, rolled back'),
  storage: z.enum(['ok', 'error']).describe('a real file written in VIDEO_DIR and removed'),
})

/** A letter of the dev mailbox (GET /dev/outbox). */
export const OutboxMessage = z.object({ to: z.string(), subject: z.string(), text: z.string(), created_at: z.string() })
