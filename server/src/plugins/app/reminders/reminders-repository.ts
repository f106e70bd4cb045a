import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../../db/types.js'
import { STATUS } from '../../../lib/codes.js'
import { addDays } from '../../../lib/dates.js'
import type { LetterReport } from '../../../mail/reminder-letters.js'
import { DEFAULT_SETTINGS } from '../settings/settings-repository.js'

declare module 'fastify' {
  interface FastifyInstance {
    remindersRepository: ReturnType<typeof createRemindersRepository>
  }
}

type Db = Kysely<Database>

/** The most days before a due date a company may ask for (api-contract.md: 1..14). */
const MAX_DAYS_BEFORE = 14

/**
 * SQL of the reminder letters: which companies get a digest today, what it lists, and the keys
 * that make each letter happen once: `reminder_digests` (company, day) and `decision_letters`
 * (decision). A key is inserted in the transaction that queues its letter; a second insert of the
 * same key does nothing, and that transaction then queues nothing.
 */
export function createRemindersRepository(fastify: FastifyInstance) {
  const { db } = fastify
  const open = [STATUS.DUE, STATUS.REJECTED]
  const remindersOn = sql<number>`coalesce(cs.reminders, ${sql.lit(DEFAULT_SETTINGS.reminders ? 1 : 0)})`
  const daysBefore = sql<number>`coalesce(cs.reminder_days_before, ${sql.lit(DEFAULT_SETTINGS.reminder_days_before)})`

  /** The last day a company's digest looks at: today + its days before (a CASE, so the date math stays in JS). */
  const horizon = (today: string) =>
    sql<string>`case ${daysBefore} ${sql.join(
      Array.from(
        { length: MAX_DAYS_BEFORE },
        (_, i) => sql`when ${sql.lit(i + 1)} then ${sql.lit(addDays(today, i + 1))}`,
      ),
      sql` `,
    )} else ${sql.lit(addDays(today, DEFAULT_SETTINGS.reminder_days_before))} end`

  /**
   * Companies with reminders on, no digest yet for `today`, and at least one open report (status 1
   * or 4) that is overdue or due by their horizon; with both counts.
   */
  async function digestCandidates(today: string) {
    const rows = await db
      .selectFrom('companies as c')
      .leftJoin('company_settings as cs', 'cs.company_id', 'c.id')
      .innerJoin('reports as r', 'r.company_id', 'c.id')
      .select([
        'c.id',
        'c.biin',
        'c.name',
        'c.email',
        daysBefore.as('days_before'),
        sql<number>`sum(case when r.date_finish < ${today} then 1 else 0 end)`.as('overdue'),
        sql<number>`sum(case when r.date_finish >= ${today} then 1 else 0 end)`.as('soon'),
      ])
      .where('r.status_code', 'in', open)
      .where(sql<boolean>`r.date_finish <= ${horizon(today)}`)
      .where(remindersOn, '=', 1)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('reminder_digests as g')
              .select('g.day')
              .whereRef('g.company_id', '=', 'c.id')
              .where('g.day', '=', today),
          ),
        ),
      )
      .groupBy(['c.id', 'c.biin', 'c.name', 'c.email', 'cs.reminder_days_before'])
      .orderBy('c.id')
      .execute()
    return rows.map((r) => ({
      ...r,
      days_before: Number(r.days_before),
      overdue: Number(r.overdue),
      soon: Number(r.soon),
    }))
  }

  const letterReports = (trx: Db) =>
    trx
      .selectFrom('reports as r')
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .innerJoin('vehicle_types as t', 't.code', 'v.vehicle_type_code')
      .select([
        'r.ref_key',
        'r.report_number',
        'v.plate_number',
        'v.vin_code',
        't.title as vehicle_type_title',
        'r.date_finish',
        'r.status_code',
        'r.reject_reason',
      ])

  /** A company's open reports in [from, to] (by last day, then number), at most `limit`. */
  function openReports(companyId: number, from: string, to: string, limit: number): Promise<LetterReport[]> {
    return letterReports(db)
      .where('r.company_id', '=', companyId)
      .where('r.status_code', 'in', open)
      .where('r.date_finish', '>=', from)
      .where('r.date_finish', '<=', to)
      .orderBy('r.date_finish')
      .orderBy('r.report_number')
      .limit(limit)
      .execute()
  }

  /** Takes the (company, day) key; false when a digest for it was queued already (by anyone). */
  async function claimDigest(trx: Db, companyId: number, day: string): Promise<boolean> {
    const row = await trx
      .insertInto('reminder_digests')
      .values({ company_id: companyId, day, outbox_id: null, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.columns(['company_id', 'day']).doNothing())
      .returning('company_id')
      .executeTakeFirst()
    return row !== undefined
  }

  async function setDigestLetter(trx: Db, companyId: number, day: string, outboxId: number) {
    await trx
      .updateTable('reminder_digests')
      .set({ outbox_id: outboxId })
      .where('company_id', '=', companyId)
      .where('day', '=', day)
      .execute()
  }

  /** The latest decision on a report, with what its letter says and whether the company wants letters. */
  function latestDecision(trx: Db, refKey: string) {
    return letterReports(trx)
      .innerJoin('decisions as d', 'd.ref_key', 'r.ref_key')
      .innerJoin('companies as c', 'c.id', 'r.company_id')
      .leftJoin('company_settings as cs', 'cs.company_id', 'c.id')
      .select([
        'd.id as decision_id',
        'd.status_code as decision_status',
        'd.reject_reason as decision_reason',
        'c.name as company_name',
        'c.email',
        remindersOn.as('reminders'),
      ])
      .where('r.ref_key', '=', refKey)
      .orderBy('d.id', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  /** The outbox id of a decision's rejection letter, or null: how an undo finds the letter. */
  async function letterOfDecision(trx: Db, decisionId: number): Promise<number | null> {
    const row = await trx
      .selectFrom('decision_letters')
      .select('outbox_id')
      .where('decision_id', '=', decisionId)
      .executeTakeFirst()
    return row?.outbox_id ?? null
  }

  async function linkDecisionLetter(trx: Db, decisionId: number, outboxId: number) {
    await trx
      .insertInto('decision_letters')
      .values({ decision_id: decisionId, outbox_id: outboxId, created_at: new Date().toISOString() })
      .execute()
  }

  /**
   * For an undo: drops the decision's rejection letter if no sender has it (unsent and unclaimed, or
   * its claim expired) and unlinks it. True when a letter was dropped.
   */
  async function dropUnsentDecisionLetter(trx: Db, decisionId: number): Promise<boolean> {
    const outboxId = await letterOfDecision(trx, decisionId)
    if (outboxId === null) return false
    const nowIso = new Date().toISOString()
    const dropped = await trx
      .deleteFrom('outbox')
      .where('id', '=', outboxId)
      .where('sent_at', 'is', null)
      .where((eb) => eb.or([eb('claim_until', 'is', null), eb('claim_until', '<', nowIso)]))
      .executeTakeFirst()
    if (Number(dropped.numDeletedRows) === 0) return false
    await trx.deleteFrom('decision_letters').where('decision_id', '=', decisionId).execute()
    return true
  }

  return {
    digestCandidates,
    openReports,
    claimDigest,
    setDigestLetter,
    latestDecision,
    letterOfDecision,
    linkDecisionLetter,
    dropUnsentDecisionLetter,
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('remindersRepository', createRemindersRepository(fastify))
  },
  { name: 'reminders-repository', dependencies: ['database'] },
)
