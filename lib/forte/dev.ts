import 'server-only'
import { forteJson } from './client'
import { outboxSchema } from './schemas/dev'

/** The API's dev mailbox (the demo's OTP letters), or null when it is off (404, as in production) or unreachable. */
export async function getOutbox(limit = 20) {
  try {
    const { messages } = await forteJson(`/dev/outbox?limit=${limit}`, outboxSchema, {
      auth: { kind: 'none' },
      timeoutMs: 5_000,
    })
    return messages
  } catch {
    return null
  }
}
