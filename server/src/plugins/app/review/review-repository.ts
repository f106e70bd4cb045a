import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../../db/types.js'
import { STATUS } from '../../../lib/codes.js'
import { addDays, instantOfLocal } from '../../../lib/dates.js'
import { type DateRangeCode, rangeStart } from '../../../lib/report-format.js'
import { type SignalsFilter, signalsWhere } from '../media/signals-filter.js'
import { reportColumns } from '../reports/reports-repository.js'
import { containsText } from './text-search.js'

declare module 'fastify' {
  interface FastifyInstance {
    reviewRepository: ReturnType<typeof createReviewRepository>
  }
}

export interface ReviewListFilter {
  status_code?: number
  date_range?: DateRangeCode
  biin?: string
  q?: string
  vehicle_type?: string
  vehicle_guid?: string
  signals?: SignalsFilter
  /** A reviewer's login: reports with a standing decision of theirs (in the decided_* range when given). */
  decided_by?: string
  /** Almaty dates, inclusive: reports with a standing decision made on one of these days. */
  decided_from?: string
  decided_to?: string
  order: 'newest' | 'oldest' | 'waiting_longest'
  page: number
  per_page: number
}

type ReportFilter = Omit<ReviewListFilter, 'order' | 'page' | 'per_page'>

export interface VehicleListFilter {
  biin?: string
  q?: string
  /** `none`: only vehicles never given a sticker. */
  sticker?: 'none'
  page: number
  per_page: number
}

/** A reviewer's decision as it is stored (`reject_reason` is '' for an approval). */
export interface DecisionRow {
  ref_key: string
  status_code: typeof STATUS.APPROVED | typeof STATUS.REJECTED
  reject_reason: string
  reviewer_login: string
  decided_at: string
}

// The latest submission of a report: the one a reviewer watches.
const latestSubmissionJoin = sql<boolean>`s.id = (select max(s2.id) from submissions s2 where s2.ref_key = r.ref_key)`

const SUBMISSION_COLUMNS = ['s.time_sent', 's.lat', 's.long', 's.size', 's.uploaded_at'] as const

// The latest standing decision of the report in a list row: who and when (null when none).
const lastDecisionBy = sql<
  string | null
>`(select d.reviewer_login from decisions d where d.ref_key = r.ref_key and d.undone_at is null order by d.id desc limit 1)`
const lastDecisionAt = sql<
  string | null
>`(select d.decided_at from decisions d where d.ref_key = r.ref_key and d.undone_at is null order by d.id desc limit 1)`

/** The UTC instant (ISO) at which an Almaty day begins. */
const dayStartUtc = (ymd: string) => instantOfLocal(`${ymd}T00:00:00`).toISOString()

/** How many rows the filtered query has over all pages: `totalOf(base.select(COUNT_ALL))`. */
const COUNT_ALL = sql<number | string>`count(*)`.as('n')
const totalOf = async (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string }> }) =>
  Number((await q.executeTakeFirstOrThrow()).n)

interface Ordered<R> {
  limit(n: number): { offset(n: number): { execute(): Promise<R[]> } }
}

/** One 1-based page of an ordered query, and the total over all pages (read at once). */
async function pageOf<R>(f: { page: number; per_page: number }, ordered: Ordered<R>, total: Promise<number>) {
  const [rows, n] = await Promise.all([
    ordered
      .limit(f.per_page)
      .offset((f.page - 1) * f.per_page)
      .execute(),
    total,
  ])
  return { rows, total: n }
}

/**
 * The reviewer (1C) side, across every company: the report queue with each report's latest video,
 * one report with its history, the decisions, and the vehicles for sticker printing.
 * Dialect-neutral SQL (SQLite and PostgreSQL). Methods that write take the caller's transaction.
 * @see https://github.com/fastify/demo/blob/main/src/plugins/app/tasks/tasks-repository.ts
 */
export function createReviewRepository(fastify: FastifyInstance) {
  const { db } = fastify

  /** Reports with their vehicle, type and company. */
  const staffReports = () =>
    db
      .selectFrom('reports as r')
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .innerJoin('companies as c', 'c.id', 'r.company_id')
      .innerJoin('vehicle_types as t', 't.code', 'v.vehicle_type_code')

  function filteredReports(f: ReportFilter, today: string) {
    let q = staffReports()
    if (f.status_code) q = q.where('r.status_code', '=', f.status_code)
    if (f.date_range) q = q.where('r.date_finish', '>=', rangeStart(f.date_range, today))
    if (f.biin) q = q.where('c.biin', '=', f.biin)
    if (f.vehicle_type) q = q.where('v.vehicle_type_code', '=', f.vehicle_type)
    if (f.vehicle_guid) q = q.where('r.vehicle_guid', '=', f.vehicle_guid)
    if (f.signals) q = q.where(signalsWhere(f.signals))
    if (f.decided_by || f.decided_from || f.decided_to) q = q.where(decidedWhere(f))
    if (f.q)
      q = q.where(
        containsText(['r.report_number', 'r.ref_key', 'v.plate_number', 'v.vin_code', 'c.name', 'c.biin'], f.q),
      )
    return q
  }

  /** Reports with a standing decision by `decided_by` (any reviewer when unset) within the Almaty days given. */
  function decidedWhere(f: ReportFilter) {
    return sql<boolean>`exists (select 1 from decisions d where d.ref_key = r.ref_key and d.undone_at is null${
      f.decided_by ? sql` and d.reviewer_login = ${f.decided_by}` : sql``
    }${f.decided_from ? sql` and d.decided_at >= ${dayStartUtc(f.decided_from)}` : sql``}${
      f.decided_to ? sql` and d.decided_at < ${dayStartUtc(addDays(f.decided_to, 1))}` : sql``
    })`
  }

  /** Counts of the whole filter (not a page) by status and by vehicle type: one GROUP BY each. */
  async function facetsOf(f: ReportFilter, today: string) {
    const [byStatus, byType] = await Promise.all([
      filteredReports(f, today)
        .select(['r.status_code', COUNT_ALL])
        .groupBy('r.status_code')
        .orderBy('r.status_code')
        .execute(),
      filteredReports(f, today)
        .select(['v.vehicle_type_code', 't.title', COUNT_ALL])
        .groupBy(['v.vehicle_type_code', 't.title'])
        .orderBy('v.vehicle_type_code')
        .execute(),
    ])
    return {
      by_status: byStatus.map((r) => ({ status_code: r.status_code, count: Number(r.n) })),
      by_vehicle_type: byType.map((r) => ({
        vehicle_type_code: r.vehicle_type_code,
        vehicle_type_title: r.title,
        count: Number(r.n),
      })),
    }
  }

  /**
   * A page of reports (with a video first, by its upload time; then by the period's end) and the total.
   * `waiting_longest`: the sent reports first, longest waiting first (by their latest video), then the rest oldest first.
   */
  async function listReports(f: ReviewListFilter, today: string) {
    const base = filteredReports(f, today)
    const dir = f.order === 'newest' ? sql`desc` : sql`asc`
    let rows = base.leftJoin('submissions as s', (j) => j.on(latestSubmissionJoin))
    if (f.order === 'waiting_longest')
      rows = rows.orderBy(sql`case when r.status_code = ${STATUS.SENT} then 0 else 1 end`)
    return pageOf(
      f,
      rows
        .select([
          ...reportColumns,
          'r.updated_at',
          't.title as vehicle_type_title',
          'c.name as company_name',
          'c.biin',
          's.id as submission_id',
          ...SUBMISSION_COLUMNS,
          lastDecisionBy.as('decided_by'),
          lastDecisionAt.as('decided_at'),
        ])
        .orderBy(sql`case when s.id is null then 1 else 0 end`)
        .orderBy(sql`s.uploaded_at ${dir}`)
        .orderBy(sql`r.date_finish ${dir}`)
        .orderBy('r.ref_key'),
      totalOf(base.select(COUNT_ALL)),
    )
  }

  /** One report with its vehicle (and contract), type (with instructions) and company; null when unknown. */
  async function findReport(refKey: string) {
    const row = await staffReports()
      .select([
        ...reportColumns,
        'r.updated_at',
        'v.contract_number as vehicle_contract_number',
        'v.contract_date_end',
        't.title as vehicle_type_title',
        't.instructions',
        'c.id as company_id',
        'c.name as company_name',
        'c.biin',
        'c.email',
      ])
      .where('r.ref_key', '=', refKey)
      .executeTakeFirst()
    return row ?? null
  }

  /** Every video sent for the report, oldest first, with who sent it. */
  const submissionsOf = (refKey: string) =>
    db
      .selectFrom('submissions as s')
      .leftJoin('users as u', 'u.id', 's.user_id')
      .select(['s.id', ...SUBMISSION_COLUMNS, 's.user_id', 'u.first_name', 'u.last_name', 'u.role_id'])
      .where('s.ref_key', '=', refKey)
      .orderBy('s.id')
      .execute()

  const decisions = () =>
    db.selectFrom('decisions as d').leftJoin('reviewers as w', 'w.login', 'd.reviewer_login').select('w.display_name')

  /** Every decision on the report, oldest first, with the reviewer's name. */
  const decisionsOf = (refKey: string) =>
    decisions()
      .select(['d.id', 'd.status_code', 'd.reject_reason', 'd.reviewer_login', 'd.decided_at', 'd.undone_at'])
      .where('d.ref_key', '=', refKey)
      .orderBy('d.id')
      .execute()

  /** The latest standing decision on a report (for a 409 that says who decided first and when). */
  const latestDecision = (refKey: string) =>
    decisions()
      .select(['d.status_code', 'd.reviewer_login', 'd.decided_at'])
      .where('d.ref_key', '=', refKey)
      .where('d.undone_at', 'is', null)
      .orderBy('d.id', 'desc')
      .limit(1)
      .executeTakeFirst()

  /**
   * What an undo needs to know, read inside its transaction: the report's status and last change, its
   * latest decision (undone or not) and its latest video's upload time; null when there is no such report.
   */
  async function undoState(trx: Kysely<Database>, refKey: string) {
    const report = await trx
      .selectFrom('reports as r')
      .select(['r.status_code', 'r.updated_at', 'r.last_uploaded_at'])
      .where('r.ref_key', '=', refKey)
      .executeTakeFirst()
    if (!report) return null
    const decision = await trx
      .selectFrom('decisions as d')
      .select(['d.id', 'd.status_code', 'd.reviewer_login', 'd.decided_at', 'd.undone_at'])
      .where('d.ref_key', '=', refKey)
      .orderBy('d.id', 'desc')
      .limit(1)
      .executeTakeFirst()
    return { report, decision: decision ?? null }
  }

  /**
   * Undoes a decision inside the caller's transaction: the report goes back to SENT only if it is still
   * exactly as the decision left it (status and last change), and the decision is marked undone. False
   * when either conditional update finds nothing (someone else changed it first): nothing is written then.
   */
  async function undoDecision(
    trx: Kysely<Database>,
    u: { refKey: string; decisionId: number; decidedStatus: number; decidedAt: string; by: string; at: string },
  ): Promise<boolean> {
    const back = await trx
      .updateTable('reports')
      .set({ status_code: STATUS.SENT, updated_at: u.at })
      .where('ref_key', '=', u.refKey)
      .where('status_code', '=', u.decidedStatus)
      .where('updated_at', '=', u.decidedAt)
      .executeTakeFirst()
    if (Number(back.numUpdatedRows) !== 1) return false
    const marked = await trx
      .updateTable('decisions')
      .set({ undone_at: u.at, undone_by: u.by })
      .where('id', '=', u.decisionId)
      .where('undone_at', 'is', null)
      .executeTakeFirst()
    return Number(marked.numUpdatedRows) === 1
  }

  /** The report's status now; null when there is no such report. */
  async function statusOf(refKey: string): Promise<number | null> {
    const row = await db.selectFrom('reports').select('status_code').where('ref_key', '=', refKey).executeTakeFirst()
    return row?.status_code ?? null
  }

  /**
   * Records a decision on a sent report, inside the caller's transaction. The conditional UPDATE is the
   * lock: of two reviewers deciding at once, only one sees its row change. False when the report is not
   * (or no longer) in status SENT, and nothing is written then.
   */
  async function applyDecision(trx: Kysely<Database>, d: DecisionRow): Promise<boolean> {
    const res = await trx
      .updateTable('reports')
      .set(
        d.status_code === STATUS.REJECTED
          ? { status_code: d.status_code, reject_reason: d.reject_reason, updated_at: d.decided_at }
          : { status_code: d.status_code, updated_at: d.decided_at },
      )
      .where('ref_key', '=', d.ref_key)
      .where('status_code', '=', STATUS.SENT)
      .executeTakeFirst()
    if (Number(res.numUpdatedRows) !== 1) return false
    await trx.insertInto('decisions').values(d).execute()
    return true
  }

  /** A page of every company's vehicles (search by BIN/IIN, plate, VIN, ...) and the total. */
  async function listVehicles(f: VehicleListFilter) {
    let base = db
      .selectFrom('vehicles as v')
      .innerJoin('companies as c', 'c.id', 'v.company_id')
      .innerJoin('vehicle_types as t', 't.code', 'v.vehicle_type_code')
    if (f.biin) base = base.where('c.biin', '=', f.biin)
    if (f.q?.trim())
      base = base.where(
        containsText(['v.plate_number', 'v.vin_code', 'v.guid', 'c.biin', 'c.name', 'v.contract_number'], f.q),
      )
    if (f.sticker === 'none') base = base.where('v.sticker_printed_at', 'is', null)
    return pageOf(
      f,
      base
        .select([
          'v.guid',
          'v.plate_number',
          'v.vin_code',
          'v.vehicle_type_code',
          'v.contract_number',
          'v.contract_date_end',
          'v.sticker_printed_at',
          't.title as vehicle_type_title',
          'c.name as company_name',
          'c.biin',
        ])
        .orderBy('c.name')
        .orderBy('v.plate_number')
        .orderBy('v.guid'),
      totalOf(base.select(COUNT_ALL)),
    )
  }

  /** Whether a vehicle with this guid exists (any company). */
  async function vehicleExists(guid: string): Promise<boolean> {
    return !!(await db.selectFrom('vehicles').select('guid').where('guid', '=', guid).executeTakeFirst())
  }

  return {
    listReports,
    facetsOf,
    undoState,
    undoDecision,
    findReport,
    submissionsOf,
    decisionsOf,
    latestDecision,
    statusOf,
    applyDecision,
    listVehicles,
    vehicleExists,
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('reviewRepository', createReviewRepository(fastify))
  },
  { name: 'review-repository', dependencies: ['database'] },
)
