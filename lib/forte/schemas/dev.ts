import { z } from 'zod'
import { okEnvelope } from './common'

/** `GET /dev/outbox` [ext]: the letters of the API's dev mailbox, newest first. */
export const outboxSchema = okEnvelope({
  messages: z.array(z.object({ to: z.string(), subject: z.string(), text: z.string(), created_at: z.string() })),
})
