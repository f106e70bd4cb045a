import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { FastifyBaseLogger } from 'fastify'
import { type ExpressionBuilder, type Kysely, sql, type Updateable } from 'kysely'
import type { Database } from '../db/types.js'

/** The part of a nodemailer transport the sender uses. */
export interface MailTransport {
  sendMail(m: {
    from: string
    to: string
    subject: string
    text: string
    html?: string
    messageId: string
  }): Promise<unknown>
  close?(): void
}

interface OutboxSenderOptions {
  db: Kysely<Database>
  isPg: boolean
  /** null: nothing is delivered (no SMTP_URL); the sender then only sweeps. */
  transport: MailTransport | null
  from: string
  /** Blank a letter's text once it is delivered or expired (when no dev mailbox shows it). */
  scrub: boolean
  log: FastifyBaseLogger
}

const BATCH = 10
/** How often each instance looks for due letters (retries, and letters other instances wrote). */
const POLL_MS = 1000
/** A claim outlives the slowest send the transport allows (its timeouts are shorter): no second sender takes it meanwhile. */
const LEASE_MS = 120_000
const MAX_BACKOFF_MS = 30_000
const SWEEP_EVERY_MS = 60_000

/** 1 s, 2 s, 4 s … then every 30 s: quick when SMTP blinks, calm during a long outage. */
const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1))

/** A 5xx answer from SMTP will not change on a retry (bad recipient, refused content). */
const isPermanent = (err: unknown) => {
  const code = (err as { responseCode?: number }).responseCode
  return typeof code === 'number' && code >= 500
}

const domainOf = (from: string) => /@([^>\s]+)/.exec(from)?.[1] ?? 'forteleasing.kz'

/**
 * Delivers the outbox. Every instance runs one; a letter is claimed by one conditional UPDATE
 * (PostgreSQL also skips rows another sender holds locked), so two instances never send one letter
 * twice. A failed send backs off and is retried until the letter's `expires_at`.
 */
export function createOutboxSender(opts: OutboxSenderOptions) {
  const { db, isPg, transport, from, scrub, log } = opts
  const me = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  const messageDomain = domainOf(from)
  let timer: NodeJS.Timeout | undefined
  let stopped = true
  let current: Promise<number> | null = null
  let queued: Promise<number> | null = null
  let lastSweep = 0

  async function claim() {
    const now = new Date()
    const nowIso = now.toISOString()
    const free = (eb: ExpressionBuilder<Database, 'outbox'>) =>
      eb.or([eb('claim_until', 'is', null), eb('claim_until', '<', nowIso)])
    let due = db
      .selectFrom('outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .where('expires_at', '>', nowIso)
      .where('next_attempt_at', '<=', nowIso)
      .where(free)
      .orderBy('id')
      .limit(BATCH)
    if (isPg) due = due.forUpdate().skipLocked()
    return db
      .updateTable('outbox')
      .set({
        claimed_by: me,
        claim_until: new Date(now.getTime() + LEASE_MS).toISOString(),
        attempts: sql<number>`attempts + 1`,
      })
      .where('id', 'in', due)
      .where('sent_at', 'is', null)
      .where(free)
      .returningAll()
      .execute()
  }

  type Row = Awaited<ReturnType<typeof claim>>[number]

  async function deliver(row: Row): Promise<number> {
    // Only while the claim is still ours (a lease that ran out may have passed the letter on).
    const update = (set: Updateable<Database['outbox']>) =>
      db.updateTable('outbox').set(set).where('id', '=', row.id).where('claimed_by', '=', me).execute()
    try {
      await transport!.sendMail({
        from,
        to: row.to_addr,
        subject: row.subject,
        text: row.body,
        html: row.html || undefined,
        messageId: `<outbox-${row.id}-${Date.parse(row.created_at)}@${messageDomain}>`,
      })
    } catch (err) {
      const permanent = isPermanent(err)
      const next = new Date(Date.now() + backoffMs(row.attempts)).toISOString()
      await update({
        claim_until: null,
        next_attempt_at: next,
        last_error: String((err as Error).message ?? err).slice(0, 500),
        ...(permanent ? { expires_at: new Date().toISOString() } : {}),
      })
      log.warn(
        { letterId: row.id, attempt: row.attempts, err: (err as Error).message },
        permanent ? 'letter refused by SMTP; not retried' : 'letter not delivered yet; will retry',
      )
      return 0
    }
    await update({
      sent_at: new Date().toISOString(),
      claim_until: null,
      last_error: null,
      ...(scrub ? { body: '', html: '' } : {}),
    })
    log.info({ letterId: row.id, kind: row.kind, attempt: row.attempts }, 'letter sent')
    return 1
  }

  /** Letters past their use keep no text (an OTP code has no business staying in the database). */
  async function sweep() {
    if (!scrub || Date.now() - lastSweep < SWEEP_EVERY_MS) return
    lastSweep = Date.now()
    await db
      .updateTable('outbox')
      .set({ body: '', html: '' })
      .where('sent_at', 'is', null)
      .where('expires_at', '<=', new Date().toISOString())
      .where('body', '!=', '')
      .execute()
  }

  async function drain(): Promise<number> {
    await sweep()
    if (!transport) return 0
    let sent = 0
    for (;;) {
      const rows = await claim()
      if (!rows.length) return sent
      for (const row of rows) sent += await deliver(row)
    }
  }

  /** Delivers every due letter now; resolves with how many went out (a pass that started after the call). */
  function flush(): Promise<number> {
    if (!current) {
      current = drain().finally(() => {
        current = null
      })
      return current
    }
    queued ??= current
      .catch(() => 0)
      .then(() => {
        queued = null
        return flush()
      })
    return queued
  }

  function schedule(ms: number) {
    if (stopped) return
    clearTimeout(timer)
    timer = setTimeout(tick, ms)
    timer.unref()
  }

  function tick() {
    flush()
      .catch((err: unknown) => log.warn({ err: (err as Error).message }, 'outbox pass failed'))
      .finally(() => schedule(POLL_MS))
  }

  return {
    start() {
      stopped = false
      schedule(0)
    },
    /** A letter was just written: deliver it soon (after its transaction has committed). */
    kick(delayMs = 0) {
      schedule(delayMs)
    },
    flush,
    async stop() {
      stopped = true
      clearTimeout(timer)
      await current?.catch(() => 0)
      transport?.close?.()
    },
  }
}
