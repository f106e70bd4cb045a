import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { sql } from 'kysely'
import { STATUS } from '../../../lib/codes.js'
import { dayStartUtcSql, localDateSql } from '../../../lib/local-date-sql.js'

declare module 'fastify' {
  interface FastifyInstance {
    statsRepository: ReturnType<typeof createStatsRepository>
  }
}

/** Counts of one group of reports, as the database sums them (`late` is `submitted - on_time`). */
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
const countsOf = (r: Record<string, unknown>): CountsRow => ({
  due: n(r.due),
  on_time: n(r.on_time),
  submitted: n(r.submitted),
  approved: n(r.approved),
  rejected: n(r.rejected),
  open_overdue: n(r.open_overdue),
})

/**
 * The insight figures, each one GROUP BY in the database (api-contract.md "Insights and reminders"):
 * no report rows are loaded. Per report, three index seeks decide what it counts as:
 * - submitted: it has a submission (submissions_report_upload);
 * - on time: a submission was uploaded before its last day ended in Almaty (`date_finish` + 1 day,
 *   00:00 Almaty, as a UTC instant): so the first submission decides, and a first submission during
 *   the last day itself is on time; late = submitted but not on time;
 * - rejected: rejected at least once (a rejection decision, or status 4 now, e.g. set by 1C).
 */
export function createStatsRepository(fastify: FastifyInstance) {
  const { db, dbIsPg: isPg } = fastify
  const deadline = dayStartUtcSql(sql.ref('r.date_finish'), 1, isPg)
  const open = sql.join([sql.lit(STATUS.DUE), sql.lit(STATUS.REJECTED)])

  const onTime = sql`case when exists (select 1 from submissions s where s.ref_key = r.ref_key and s.uploaded_at < ${deadline}) then 1 else 0 end`
  const submitted = sql`case when exists (select 1 from submissions s where s.ref_key = r.ref_key) then 1 else 0 end`
  const rejected = sql`case when r.status_code = ${sql.lit(STATUS.REJECTED)} or exists (select 1 from decisions d where d.ref_key = r.ref_key and d.status_code = ${sql.lit(STATUS.REJECTED)}) then 1 else 0 end`
  const overdue = (today: string) =>
    sql`case when r.status_code in (${open}) and r.date_finish < ${today} then 1 else 0 end`

  /** The six sums over the selected reports (`r`). */
  const sums = (today: string) => [
    sql<number>`count(*)`.as('due'),
    sql<number>`sum(${onTime})`.as('on_time'),
    sql<number>`sum(${submitted})`.as('submitted'),
    sql<number>`sum(case when r.status_code = ${sql.lit(STATUS.APPROVED)} then 1 else 0 end)`.as('approved'),
    sql<number>`sum(${rejected})`.as('rejected'),
    sql<number>`sum(${overdue(today)})`.as('open_overdue'),
  ]

  /** Reports whose last day is in [from, to], of one company or all. */
  const finishing = (scope: Scope, from: string, to: string) => {
    let q = db.selectFrom('reports as r').where('r.date_finish', '>=', from).where('r.date_finish', '<=', to)
    if (scope !== null) q = q.where('r.company_id', '=', scope)
    return q
  }

  const month = sql<string>`substr(r.date_finish, 1, 7)`

  async function byMonth(scope: Scope, from: string, to: string, today: string) {
    const rows = await finishing(scope, from, to).select(sums(today)).select(month.as('month')).groupBy(month).execute()
    return rows.map((r) => ({ month: r.month, ...countsOf(r) }))
  }

  async function byVehicleType(scope: Scope, from: string, to: string, today: string) {
    const rows = await finishing(scope, from, to)
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .innerJoin('vehicle_types as t', 't.code', 'v.vehicle_type_code')
      .select(sums(today))
      .select(['v.vehicle_type_code', 't.title as vehicle_type_title'])
      .groupBy(['v.vehicle_type_code', 't.title'])
      .execute()
    return rows.map((r) => ({
      vehicle_type_code: r.vehicle_type_code,
      vehicle_type_title: r.vehicle_type_title,
      ...countsOf(r),
    }))
  }

  async function totals(scope: Scope, from: string, to: string, today: string): Promise<CountsRow> {
    return countsOf(await finishing(scope, from, to).select(sums(today)).executeTakeFirstOrThrow())
  }

  /**
   * Every company (or one): open overdue reports now, and the sums of the window [from, to] for its
   * rates. One pass over the reports that either finish in the window or are open and overdue.
   */
  async function companies(scope: Scope, from: string, to: string, today: string) {
    const inWindow = sql`r.date_finish >= ${from} and r.date_finish <= ${to}`
    let q = db
      .selectFrom('companies as c')
      .leftJoin('reports as r', (j) =>
        j
          .onRef('r.company_id', '=', 'c.id')
          .on(sql<boolean>`(${inWindow} or (r.status_code in (${open}) and r.date_finish < ${today}))`),
      )
      .select([
        'c.biin',
        'c.name as company_name',
        sql<number>`sum(case when r.ref_key is null then 0 else ${overdue(today)} end)`.as('open_overdue'),
        sql<number>`sum(case when ${inWindow} then 1 else 0 end)`.as('due'),
        sql<number>`sum(case when ${inWindow} then ${onTime} else 0 end)`.as('on_time'),
        sql<number>`sum(case when ${inWindow} then ${submitted} else 0 end)`.as('submitted'),
        sql<number>`sum(case when ${inWindow} and ${submitted} = 1 then ${rejected} else 0 end)`.as('rejected'),
      ])
      .groupBy(['c.id', 'c.biin', 'c.name'])
      .orderBy('open_overdue', 'desc')
      .orderBy('c.name')
    if (scope !== null) q = q.where('c.id', '=', scope)
    const rows = await q.execute()
    return rows.map((r) => ({
      biin: r.biin,
      company_name: r.company_name,
      open_overdue: n(r.open_overdue),
      due: n(r.due),
      on_time: n(r.on_time),
      submitted: n(r.submitted),
      rejected: n(r.rejected),
    }))
  }

  /** Reports waiting for review (status 2), each since its latest upload: how many, the oldest, the median. */
  async function queue(scope: Scope) {
    let base = db
      .selectFrom('reports as r')
      .select(
        sql<string>`coalesce((select max(s.uploaded_at) from submissions s where s.ref_key = r.ref_key), r.updated_at)`.as(
          'since',
        ),
      )
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

  /** Decisions per reviewer per Almaty day since the instant `since`. */
  async function decisionsByDay(scope: Scope, since: string) {
    const day = localDateSql(sql.ref('d.decided_at'), isPg)
    let q = db
      .selectFrom('decisions as d')
      .leftJoin('reviewers as w', 'w.login', 'd.reviewer_login')
      .select([
        'd.reviewer_login as login',
        'w.display_name',
        day.as('date'),
        sql<number>`sum(case when d.status_code = ${sql.lit(STATUS.APPROVED)} then 1 else 0 end)`.as('approved'),
        sql<number>`sum(case when d.status_code = ${sql.lit(STATUS.REJECTED)} then 1 else 0 end)`.as('rejected'),
      ])
      .where('d.decided_at', '>=', since)
      .groupBy(['d.reviewer_login', 'w.display_name', day])
      .orderBy('d.reviewer_login')
      .orderBy(day)
    if (scope !== null)
      q = q.where('d.ref_key', 'in', db.selectFrom('reports').select('ref_key').where('company_id', '=', scope))
    const rows = await q.execute()
    return rows.map((r) => ({ ...r, approved: n(r.approved), rejected: n(r.rejected) }))
  }

  /** The most frequent rejection reasons since the instant `since`. */
  async function rejectReasons(scope: Scope, since: string, limit: number) {
    let q = db
      .selectFrom('decisions as d')
      .select(['d.reject_reason as reason', sql<number>`count(*)`.as('count')])
      .where('d.status_code', '=', STATUS.REJECTED)
      .where('d.decided_at', '>=', since)
      .groupBy('d.reject_reason')
      .orderBy('count', 'desc')
      .orderBy('d.reject_reason')
      .limit(limit)
    if (scope !== null)
      q = q.where('d.ref_key', 'in', db.selectFrom('reports').select('ref_key').where('company_id', '=', scope))
    return (await q.execute()).map((r) => ({ reason: r.reason, count: n(r.count) }))
  }

  /** How many open reports (status 1 or 4) are past their last day, of any age. */
  async function openOverdue(scope: Scope, today: string) {
    let q = db
      .selectFrom('reports as r')
      .select(sql<number>`count(*)`.as('n'))
      .where('r.status_code', 'in', [STATUS.DUE, STATUS.REJECTED])
      .where('r.date_finish', '<', today)
    if (scope !== null) q = q.where('r.company_id', '=', scope)
    return n((await q.executeTakeFirstOrThrow()).n)
  }

  /** A company's open overdue reports, the longest overdue first, at most `limit`. */
  function overdueReports(companyId: number, today: string, limit: number) {
    return db
      .selectFrom('reports as r')
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .select([
        'r.ref_key',
        'r.report_number',
        'r.contract_number',
        'r.date_start',
        'r.date_finish',
        'r.status_code',
        'r.reject_reason',
        'r.vehicle_guid',
        'v.vin_code',
        'v.plate_number',
        'v.vehicle_type_code',
      ])
      .where('r.company_id', '=', companyId)
      .where('r.status_code', 'in', [STATUS.DUE, STATUS.REJECTED])
      .where('r.date_finish', '<', today)
      .orderBy('r.date_finish')
      .orderBy('r.report_number')
      .limit(limit)
      .execute()
  }

  return {
    byMonth,
    byVehicleType,
    totals,
    companies,
    queue,
    decisionsByDay,
    rejectReasons,
    openOverdue,
    overdueReports,
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('statsRepository', createStatsRepository(fastify))
  },
  { name: 'stats-repository', dependencies: ['database'] },
)
