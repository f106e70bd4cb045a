import 'server-only'
import { forteJson, query } from './client'
import { outboxSchema } from './schemas/dev'

/** Letters of the API's dev mailbox (404 when it is off, as in production). */
export const getOutbox = async (q: { to?: string; limit?: number } = {}) =>
  (await forteJson(`/dev/outbox${query(q)}`, outboxSchema, { auth: { kind: 'none' } })).messages
