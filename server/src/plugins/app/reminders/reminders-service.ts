import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/types.js'
import { STATUS } from '../../../lib/codes.js'
import { addDays, todayYmd } from '../../../lib/dates.js'
import { digestLetter, rejectionLetter } from '../../../mail/reminder-letters.js'

declare module 'fastify' {
  interface FastifyInstance {
    reminders: ReturnType<typeof createReminders>
  }
}

/** A digest lists at most this many reports of each kind (overdue, due soon); the rest are counted. */
const LISTED_PER_SECTION = 50

interface SentDigest {
  biin: string
  company_name: string
  to: string
  overdue: number
  due_soon: number
}

/**
 * The reminder letters (api-contract.md "Insights and reminders"), through the outbox:
 * - `run(now)`: the daily pass: a digest to each company with reminders on that has overdue reports
 *   or reports due within its `reminder_days_before`, at most one per company per Almaty day;
 * - `afterDecision(trx, refKey)`: inside a decision's transaction, a letter when it rejected the report.
 */
export function createReminders(fastify: FastifyInstance) {
  const repo = fastify.remindersRepository
  const { db, mailer, config } = fastify

  async function run(now = new Date()): Promise<{ date: string; sent: SentDigest[] }> {
    const today = todayYmd(now)
    const sent: SentDigest[] = []
    for (const c of await repo.digestCandidates(today)) {
      const [overdue, soon] = await Promise.all([
        c.overdue ? repo.openReports(c.id, '0000-01-01', addDays(today, -1), LISTED_PER_SECTION) : [],
        c.soon ? repo.openReports(c.id, today, addDays(today, c.days_before), LISTED_PER_SECTION) : [],
      ])
      const letter = digestLetter({
        to: c.email,
        companyName: c.name,
        today,
        daysBefore: c.days_before,
        overdue,
        overdueTotal: c.overdue,
        soon,
        soonTotal: c.soon,
        portalUrl: config.portalPublicUrl,
      })
      // The key first: of two instances (or a restart) running the pass, one inserts it and queues the letter.
      const queued = await db.transaction().execute(async (trx) => {
        if (!(await repo.claimDigest(trx, c.id, today))) return false
        await repo.setDigestLetter(trx, c.id, today, await mailer.send(letter, trx))
        return true
      })
      if (queued) sent.push({ biin: c.biin, company_name: c.name, to: c.email, overdue: c.overdue, due_soon: c.soon })
    }
    return { date: today, sent }
  }

  /**
   * Call inside the transaction that records a decision, after it: when the report's latest decision
   * is a rejection (and the company wants letters), queues the letter with the reason and links it to
   * the decision (`decision_letters`), so an undo can drop it unsent. Returns the letter's outbox id.
   */
  async function afterDecision(trx: Kysely<Database>, refKey: string): Promise<number | null> {
    const d = await repo.latestDecision(trx, refKey)
    if (!d || d.decision_status !== STATUS.REJECTED || Number(d.reminders) !== 1) return null
    if ((await repo.letterOfDecision(trx, d.decision_id)) !== null) return null
    const letter = rejectionLetter({
      to: d.email,
      companyName: d.company_name,
      report: d,
      reason: d.decision_reason,
      today: todayYmd(),
      portalUrl: config.portalPublicUrl,
    })
    const outboxId = await mailer.send(letter, trx)
    await repo.linkDecisionLetter(trx, d.decision_id, outboxId)
    return outboxId
  }

  return { run, afterDecision, dropUnsentDecisionLetter: repo.dropUnsentDecisionLetter }
}

export default fp(
  async (fastify) => {
    fastify.decorate('reminders', createReminders(fastify))
  },
  { name: 'reminders', dependencies: ['reminders-repository', 'mailer'] },
)
