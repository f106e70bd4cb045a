import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { sql } from 'kysely'
import { STATUS } from '../../../lib/codes.js'
import { dayStartUtcSql, localDateSql } from '../../../lib/local-date-sql.js'
import { reportColumns } from '../reports/reports-repository.js'

declare module 'fastify' {
  interface FastifyInstance {
    statsRepository: ReturnType<typeof createStatsRepository>
  }
}

/** Sums over a group of reports, as the database counts them (`late` is `submitted - on_time`). */
export interface CountsRow {
  due: number
  on_time: number
  submitted: number
  approved: number
  rejected: number
  open_overdue: number
}

/** null: every company; else one company's id. */
export type Scope = number | null

const n = (v: unknown) => Number(v ?? 0)

/**
 * The insight figures, each a GROUP BY in the database over one index range (api-contract.md
 * "Insights and reminders"); no report rows are loaded. They read the facts migration 006 keeps on
 * each report: `first_uploaded_at` decides on time (uploaded before its last day ended in Almaty,
 * i.e. before `date_finish` + 1 day 00:00 Almaty as a UTC instant: a first submission during the last
 * day itself is on time) or late (submitted, not on time); `rejected_once` or status 4 now make it
 * rejected; `vehicle_type_code` groups it by type.
 */
export function createStatsRepository(fastify: FastifyInstance) {
  const { db, dbIsPg: isPg } = fastify
  const deadline = dayStartUtcSql(sql.ref('r.date_finish'), 1, isPg)
  const open = sql.join([sql.lit(STATUS.DUE), sql.lit(STATUS.REJECTED)])
  const onTime = sql`case when r.first_uploaded_at < ${deadline} then 1 else 0 end`
  const rejected = sql`case when r.status_code = ${sql.lit(STATUS.REJECTED)} or r.rejected_once = 1 then 1 else 0 end`

  const finishing = (scope: Scope, from: string, to: string) => {
    let q = db.selectFrom('reports as r').where('r.date_finish', '>=', from).where('r.date_finish', '<=', to)
    if (scope !== null) q = q.where('r.company_id', '=', scope)
    return q
  }

  /**
   * One pass over the reports whose last day is in [from, to], summed by (last day, vehicle type):
   * plain columns as group keys (the index's own order), so the service adds up months, types and
   * the rate window from a few hundred rows. `open` counts status 1 or 4: overdue when the day is past.
   */
  async function byDayAndType(scope: Scope, from: string, to: string) {
    const rows = await finishing(scope, from, to)
      .select([
        'r.date_finish',
        'r.vehicle_type_code',
        sql<number>`count(*)`.as('due'),
        sql<number>`sum(${onTime})`.as('on_time'),
        sql<number>`count(r.first_uploaded_at)`.as('submitted'),
        sql<number>`sum(case when r.status_code = ${sql.lit(STATUS.APPROVED)} then 1 else 0 end)`.as('approved'),
        sql<number>`sum(${rejected})`.as('rejected'),
        sql<number>`sum(case when r.status_code in (${open}) then 1 else 0 end)`.as('open'),
      ])
      .groupBy(['r.date_finish', 'r.vehicle_type_code'])
      .execute()
    return rows.map((r) => ({
      date_finish: r.date_finish,
      vehicle_type_code: r.vehicle_type_code ?? '',
      due: n(r.due),
      on_time: n(r.on_time),
      submitted: n(r.submitted),
      approved: n(r.approved),
      rejected: n(r.rejected),
      open: n(r.open),
    }))
  }

  const vehicleTypes = () => db.selectFrom('vehicle_types').select(['code', 'title']).execute()

  /** Per company, over the reports whose last day is in [from, to]: due, on time, submitted, rejected of those submitted. */
  async function companyWindows(scope: Scope, from: string, to: string) {
    const rows = await finishing(scope, from, to)
      .select([
        'r.company_id',
        sql<number>`count(*)`.as('due'),
        sql<number>`sum(${onTime})`.as('on_time'),
        sql<number>`count(r.first_uploaded_at)`.as('submitted'),
        sql<number>`sum(case when r.first_uploaded_at is null then 0 else ${rejected} end)`.as('rejected'),
      ])
      .groupBy('r.company_id')
      .execute()
    return new Map(
      rows.map((r) => [
        r.company_id,
        { due: n(r.due), on_time: n(r.on_time), submitted: n(r.submitted), rejected: n(r.rejected) },
      ]),
    )
  }

  /**
   * Open reports (status 1 or 4) past their last day, of any age, per company. The status is summed,
   * not filtered: a filter on it would lead the planner to an index by status and a row read each.
   */
  async function openOverdueByCompany(scope: Scope, today: string) {
    let q = db
      .selectFrom('reports as r')
      .select(['r.company_id', sql<number>`sum(case when r.status_code in (${open}) then 1 else 0 end)`.as('n')])
      .where('r.date_finish', '<', today)
      .groupBy('r.company_id')
    if (scope !== null) q = q.where('r.company_id', '=', scope)
    return new Map((await q.execute()).map((r) => [r.company_id, n(r.n)]))
  }

  const companies = (scope: Scope) => {
    let q = db.selectFrom('companies').select(['id', 'biin', 'name'])
    if (scope !== null) q = q.where('id', '=', scope)
    return q.execute()
  }

  /** Reports waiting for review (status 2), each since its latest upload: how many, the oldest, the median. */
  async function queue(scope: Scope) {
    let base = db
      .selectFrom('reports as r')
      .select(sql<string>`coalesce(r.last_uploaded_at, r.updated_at)`.as('since'))
      .where('r.status_code', '=', STATUS.SENT)
    if (scope !== null) base = base.where('r.company_id', '=', scope)
    const waiting = db.selectFrom(base.as('q'))
    const head = await waiting
      .select([sql<number>`count(*)`.as('size'), sql<string | null>`min(q.since)`.as('oldest')])
      .executeTakeFirstOrThrow()
    const size = n(head.size)
    if (size === 0) return { size, oldest: null, middle: [] as string[] }
    // The middle one (odd size) or two (even size) in order of waiting.
    const middle = await waiting
      .select('q.since')
      .orderBy('q.since')
      .limit(size % 2 ? 1 : 2)
      .offset(Math.floor((size - 1) / 2))
      .execute()
    return { size, oldest: head.oldest, middle: middle.map((m) => m.since) }
  }

  const decisionsSince = (scope: Scope, since: string) => {
    let q = db.selectFrom('decisions as d').where('d.decided_at', '>=', since).where('d.undone_at', 'is', null)
    if (scope !== null)
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('reports as r')
            .select('r.ref_key')
            .whereRef('r.ref_key', '=', 'd.ref_key')
            .where('r.company_id', '=', scope),
        ),
      )
    return q
  }

  /** Decisions per reviewer per Almaty day since the instant `since`. */
  async function decisionsByDay(scope: Scope, since: string) {
    const day = localDateSql(sql.ref('d.decided_at'), isPg)
    const rows = await decisionsSince(scope, since)
      .leftJoin('reviewers as w', 'w.login', 'd.reviewer_login')
      .select([
        'd.reviewer_login as login',
        'w.display_name',
        day.as('date'),
        sql<number>`sum(case when d.status_code = ${sql.lit(STATUS.APPROVED)} then 1 else 0 end)`.as('approved'),
        sql<number>`sum(case when d.status_code = ${sql.lit(STATUS.REJECTED)} then 1 else 0 end)`.as('rejected'),
      ])
      .groupBy(['d.reviewer_login', 'w.display_name', day])
      .execute()
    return rows.map((r) => ({ ...r, approved: n(r.approved), rejected: n(r.rejected) }))
  }

  /** The most frequent rejection reasons since the instant `since`. */
  async function rejectReasons(scope: Scope, since: string, limit: number) {
    const rows = await decisionsSince(scope, since)
      .select(['d.reject_reason as reason', sql<number>`count(*)`.as('count')])
      .where('d.status_code', '=', STATUS.REJECTED)
      .groupBy('d.reject_reason')
      .orderBy('count', 'desc')
      .orderBy('d.reject_reason')
      .limit(limit)
      .execute()
    return rows.map((r) => ({ reason: r.reason, count: n(r.count) }))
  }

  /** A company's open overdue reports, the longest overdue first, at most `limit`. */
  function overdueReports(companyId: number, today: string, limit: number) {
    return db
      .selectFrom('reports as r')
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .select(reportColumns)
      .where('r.company_id', '=', companyId)
      .where('r.status_code', 'in', [STATUS.DUE, STATUS.REJECTED])
      .where('r.date_finish', '<', today)
      .orderBy('r.date_finish')
      .orderBy('r.report_number')
      .limit(limit)
      .execute()
  }

  return {
    byDayAndType,
    vehicleTypes,
    companyWindows,
    openOverdueByCompany,
    companies,
    queue,
    decisionsByDay,
    rejectReasons,
    overdueReports,
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('statsRepository', createStatsRepository(fastify))
  },
  { name: 'stats-repository', dependencies: ['database'] },
)
