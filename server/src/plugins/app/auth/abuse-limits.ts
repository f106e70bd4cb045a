import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { tooMany } from '../../../lib/errors.js'
import type { Database } from '../../../db/types.js'

type Kind = Database['limit_events']['kind']
interface Event {
  kind: Kind
  subject: string
  device?: string
  ip: string
}
/** One limit: at most `limit` events in `windowSec` with the same subject, (subject, device) or ip. */
interface Rule {
  by: 'subject' | 'device' | 'ip'
  windowSec: number
  limit: number
  message: (waitSec: number) => string
}
export interface Reservation {
  /** The attempt succeeded: it is not a failure, so it stops counting. */
  release(): Promise<void>
}

declare module 'fastify' {
  interface FastifyInstance {
    abuseLimits: ReturnType<typeof createAbuseLimits>
  }
}

const MINUTES_15 = 15 * 60
const HOUR = 60 * 60
const DAY = 24 * HOUR
/** Longest window of any rule: older events are deleted. */
const KEEP_SEC = DAY
/** Proxies may send long X-Forwarded-For values; the key stays short. */
const ipKey = (ip: string) => ip.slice(0, 64)

/**
 * Abuse limits (api-contract.md "Abuse limits"), counted in the database so that every API
 * instance and every restart sees the same counters. Each counted attempt is first written as an
 * event row and then the window is counted, the new row included: of N concurrent attempts (from
 * any number of processes) at most `limit` see themselves within the limit, without locks or
 * process memory. A refused attempt deletes its row, so hammering a lock does not prolong it.
 */
export function createAbuseLimits(fastify: FastifyInstance) {
  const { db, config } = fastify

  /** Seconds until one more event is allowed, counting the rows of `ev`'s scope; 0 = allowed now. */
  async function waitFor(ev: Event, rule: Rule, now: number, allowed: number): Promise<number> {
    const since = new Date(now - rule.windowSec * 1000).toISOString()
    let q = db.selectFrom('limit_events').where('kind', '=', ev.kind).where('created_at', '>', since)
    if (rule.by === 'ip') q = q.where('ip', '=', ipKey(ev.ip))
    else q = q.where('subject', '=', ev.subject)
    if (rule.by === 'device') q = q.where('device', '=', ev.device ?? '')
    const { n } = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
    const count = Number(n)
    if (count <= allowed) return 0
    // The window frees up when the (count - allowed)-th oldest event leaves it.
    const oldest = await q
      .select('created_at')
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .offset(count - allowed - 1)
      .executeTakeFirst()
    const frees = oldest ? Date.parse(oldest.created_at) + rule.windowSec * 1000 : now + rule.windowSec * 1000
    return Math.max(1, Math.ceil((frees - now) / 1000))
  }

  /** Records the attempt, or refuses it (429 + Retry-After) when any rule is already spent. */
  async function reserve(ev: Event, rules: Rule[]): Promise<Reservation> {
    const active = rules.filter((r) => r.limit > 0)
    if (!active.length) return { release: async () => {} }
    const now = Date.now()
    const { id } = await db
      .insertInto('limit_events')
      .values({
        kind: ev.kind,
        subject: ev.subject,
        device: ev.device ?? '',
        ip: ipKey(ev.ip),
        created_at: new Date(now).toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const release = async () => {
      await db.deleteFrom('limit_events').where('id', '=', id).execute()
    }
    for (const rule of active) {
      const wait = await waitFor(ev, rule, now, rule.limit)
      if (wait > 0) {
        await release()
        throw tooMany(rule.message(wait), wait)
      }
    }
    return { release }
  }

  /** Refuses (429) when one more attempt would pass a limit; records nothing. */
  async function check(ev: Event, rules: Rule[]): Promise<void> {
    const now = Date.now()
    for (const rule of rules.filter((r) => r.limit > 0)) {
      const wait = await waitFor(ev, rule, now, rule.limit - 1)
      if (wait > 0) throw tooMany(rule.message(wait), wait)
    }
  }

  const authRules: Rule[] = [
    {
      by: 'subject',
      windowSec: MINUTES_15,
      limit: config.authFailsPerBiin,
      message: (s) => `Sign-in is locked for this BIN/IIN after too many wrong codes; try again in ${s} s.`,
    },
    {
      by: 'subject',
      windowSec: DAY,
      limit: config.authFailsPerBiinDay,
      message: (s) => `Sign-in is locked for this BIN/IIN after too many wrong codes today; try again in ${s} s.`,
    },
    {
      by: 'ip',
      windowSec: MINUTES_15,
      limit: config.authFailsPerIp,
      message: (s) => `Sign-in is locked for your address after too many wrong codes; try again in ${s} s.`,
    },
  ]
  const letterRules: Rule[] = [
    {
      by: 'device',
      windowSec: config.otpResendInterval,
      limit: 1,
      message: (s) => `A code was sent recently; try again in ${s} s.`,
    },
    {
      by: 'subject',
      windowSec: HOUR,
      limit: config.lettersPerBiin,
      message: (s) => `Too many codes were requested for this BIN/IIN; try again in ${s} s.`,
    },
    {
      by: 'ip',
      windowSec: HOUR,
      limit: config.lettersPerIp,
      message: (s) => `Too many codes were requested from your address; try again in ${s} s.`,
    },
  ]
  const login1CRules: Rule[] = [
    {
      by: 'subject',
      windowSec: MINUTES_15,
      limit: config.loginFails1C,
      message: (s) => `Sign-in is locked for this 1C login after too many wrong passwords; try again in ${s} s.`,
    },
  ]

  /** Deletes events older than the longest window; any instance may do it. */
  async function prune(now = Date.now()) {
    const before = new Date(now - KEEP_SEC * 1000).toISOString()
    await db.deleteFrom('limit_events').where('created_at', '<', before).execute()
  }

  return {
    /** A /auth attempt: counted as a failure unless released. */
    authAttempt: (biin: string, ip: string) => reserve({ kind: 'auth_fail', subject: biin, ip }, authRules),
    /** An OTP letter for (biin, uuid): the once-a-minute rule and the hourly budgets. */
    letter: (biin: string, uuid: string, ip: string) =>
      reserve({ kind: 'letter', subject: biin, device: uuid, ip }, letterRules),
    /** A 1C password check: counted as a failure unless released. */
    login1CAttempt: (login: string, ip: string) => reserve({ kind: '1c_fail', subject: login, ip }, login1CRules),
    /** Whether a 1C login is locked (for credentials this process verified recently). */
    assert1CNotLocked: (login: string) => check({ kind: '1c_fail', subject: login, ip: '' }, login1CRules),
    prune,
  }
}

export default fp(
  async (fastify) => {
    const limits = createAbuseLimits(fastify)
    fastify.decorate('abuseLimits', limits)
    const pruneSafely = () =>
      limits.prune().catch((err) => fastify.log.warn({ err }, 'could not prune old limit events'))
    const timer = setInterval(pruneSafely, 10 * 60_000)
    timer.unref()
    fastify.addHook('onReady', pruneSafely)
    fastify.addHook('onClose', async () => clearInterval(timer))
  },
  { name: 'abuse-limits', dependencies: ['database'] },
)
