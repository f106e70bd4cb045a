import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import nodemailer from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import type { Database } from '../../db/types.js'
import { createOutboxSender, type MailTransport } from '../../mail/outbox-sender.js'

export interface Letter {
  to: string
  subject: string
  /** Plain text (what the dev mailbox shows). */
  text: string
  html?: string
  /** What the letter is for (`otp`, ...); default `mail`. */
  kind?: string
  /** Until when the letter is worth delivering (an OTP: its code's expiry); default a day. */
  expiresAt?: Date
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: ReturnType<typeof createMailer>
  }
}

const DEFAULT_LIFETIME_MS = 24 * 3600 * 1000
// Enough for a slow server, short enough that a dead one does not hold a letter for minutes.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport({ ...SMTP_TIMEOUTS, ...parseConnectionUrl(url) })
}

/**
 * Letters go through the `outbox` table: `send` writes the letter (inside the caller's transaction
 * when given one, so a letter exists exactly when what caused it does) and returns at once; the
 * outbox sender delivers it through SMTP (SMTP_URL) with retries. The dev mailbox (GET /dev/outbox)
 * reads the same table. Neither codes nor letter texts are logged.
 */
export function createMailer(fastify: FastifyInstance) {
  const { config, db, log } = fastify
  const sender = createOutboxSender({
    db,
    isPg: fastify.dbIsPg,
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : null,
    from: config.mailFrom,
    scrub: !config.devMailbox,
    log,
  })

  /** Queues the letter; returns its outbox id (what a later undo needs to drop it while unsent). */
  async function send(letter: Letter, trx?: Kysely<Database>): Promise<number> {
    const now = new Date()
    const { id } = await (trx ?? db)
      .insertInto('outbox')
      .values({
        to_addr: letter.to,
        subject: letter.subject,
        body: letter.text,
        html: letter.html ?? '',
        kind: letter.kind ?? 'mail',
        created_at: now.toISOString(),
        expires_at: (letter.expiresAt ?? new Date(now.getTime() + DEFAULT_LIFETIME_MS)).toISOString(),
        next_attempt_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    log.info({ letterId: id, kind: letter.kind ?? 'mail' }, 'letter queued')
    // Inside a transaction the row is visible only after the caller commits: look a moment later.
    sender.kick(trx ? 100 : 0)
    return id
  }

  /** The newest letters (to one address when `to` is given): what the dev mailbox shows. */
  async function recent(limit: number, to?: string) {
    let q = db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(limit)
    if (to) q = q.where('to_addr', '=', to)
    const rows = await q.execute()
    return rows.map((r) => ({ to: r.to_addr, subject: r.subject, text: r.body, created_at: r.created_at }))
  }

  return { send, recent, flush: sender.flush, start: sender.start, stop: sender.stop }
}

export default fp(
  async (fastify) => {
    const mailer = createMailer(fastify)
    fastify.decorate('mailer', mailer)
    if (!fastify.config.smtpUrl && !fastify.config.devMailbox) {
      fastify.log.warn('SMTP_URL is not set and the dev mailbox is off: letters wait in the outbox, undelivered')
    }
    fastify.addHook('onReady', async () => mailer.start())
    fastify.addHook('onClose', async () => mailer.stop())
  },
  { name: 'mailer', dependencies: ['database'] },
)
