import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { type Insertable, sql, type Transaction } from 'kysely'
import type { Database } from '../../../db/types.js'
import { STATUS } from '../../../lib/codes.js'
import type { ReportRow, VehicleRow, VehicleTypeRow } from '../../../lib/report-format.js'

export interface ReportFilter {
  status?: number
  /** Reports whose period reaches this day or later (`date_finish >= since`). */
  since?: string
  vehicleGuid?: string
}

export interface VehiclePriorityRow {
  ref_key: string
  status_code: number
  date_finish: string
  vehicle_guid: string
  vin_code: string
  plate_number: string
  vehicle_type_code: string
  sticker_printed_at: string | null
}

/** A report's own columns; `reportPages` adds its vehicle's (`VehicleFields`) to make a `ReportRow`. */
const reportOnlyColumns = [
  'r.ref_key',
  'r.report_number',
  'r.contract_number',
  'r.date_start',
  'r.date_finish',
  'r.status_code',
  'r.reject_reason',
  'r.vehicle_guid',
] as const

/** What a `ReportRow` is selected from: `reports as r` joined with `vehicles as v`. */
export const reportColumns = [...reportOnlyColumns, 'v.vin_code', 'v.plate_number', 'v.vehicle_type_code'] as const

type VehicleFields = Pick<ReportRow, 'vin_code' | 'plate_number' | 'vehicle_type_code'>

/** Reports per query of `reportPages`; also the most guids its vehicle lookup binds (well under SQLite's and PostgreSQL's limits). */
const PAGE_ROWS = 2000

declare module 'fastify' {
  interface FastifyInstance {
    reportsRepository: ReturnType<typeof createReportsRepository>
  }
}

type Db = FastifyInstance['db'] | Transaction<Database>

/**
 * Reports, vehicles and vehicle types of one company (every method is scoped to it), and the
 * writes of an upload (the report moves to SENT, the submission row).
 * Each list is read from one index (reports_company_list), no per-row queries.
 * @see https://github.com/fastify/demo/blob/main/src/plugins/app/tasks/tasks-repository.ts
 */
export function createReportsRepository(fastify: FastifyInstance) {
  /**
   * The company's reports, each with its vehicle's fields (a `ReportRow`), by date_finish then ref_key,
   * a page at a time (keyset: each query starts after the last row of the one before). The caller lets
   * a page go once it has used it, so a 100,000-report answer never holds 100,000 row objects at once:
   * held, the garbage collector kept walking them, and a big answer cost more per row than a small one.
   * Each vehicle's fields are read once per answer, by guid (one moved to another company since keeps
   * showing on its old reports); a vehicle deleted meanwhile takes its reports out, as a join would.
   * A report whose period 1C moves across the cursor while the pages are read may show twice or not at
   * all in that one answer (the pages are not one snapshot, so that a long answer blocks no writer).
   */
  async function* reportPages(
    companyId: number,
    f: ReportFilter = {},
    trx: Db = fastify.db,
  ): AsyncGenerator<ReportRow[], void, undefined> {
    const vehicles = new Map<string, VehicleFields | null>()
    let after: { date_finish: string; ref_key: string } | undefined
    for (;;) {
      let q = trx.selectFrom('reports as r').select(reportOnlyColumns).where('r.company_id', '=', companyId)
      if (f.status !== undefined) q = q.where('r.status_code', '=', f.status)
      if (f.since !== undefined) q = q.where('r.date_finish', '>=', f.since)
      if (f.vehicleGuid !== undefined) q = q.where('r.vehicle_guid', '=', f.vehicleGuid)
      if (after) {
        const { date_finish, ref_key } = after
        // One row-value comparison: the index on (company_id, date_finish, ref_key) then starts at the
        // cursor itself, not at the start of its day (many reports can share one date_finish).
        q = q.where((eb) => eb(eb.refTuple('r.date_finish', 'r.ref_key'), '>', eb.tuple(date_finish, ref_key)))
      }
      const rows: (Awaited<ReturnType<typeof q.execute>>[number] & Partial<VehicleFields>)[] = await q
        .orderBy('r.date_finish')
        .orderBy('r.ref_key')
        .limit(PAGE_ROWS)
        .execute()
      if (!rows.length) return
      after = rows.at(-1)!
      const unseen = uniq(rows.map((r) => r.vehicle_guid).filter((g) => !vehicles.has(g)))
      const found = await vehicleFields(unseen, trx)
      for (const g of unseen) vehicles.set(g, found.get(g) ?? null)
      const page: ReportRow[] = []
      for (const r of rows) {
        const v = vehicles.get(r.vehicle_guid)
        if (!v) continue
        // In place, in reportColumns' order: no second object per row.
        r.vin_code = v.vin_code
        r.plate_number = v.plate_number
        r.vehicle_type_code = v.vehicle_type_code
        page.push(r as ReportRow)
      }
      yield page
      if (rows.length < PAGE_ROWS) return
    }
  }

  /** All of `reportPages` in one list (a vehicle's reports, a few at most). */
  async function listReports(companyId: number, f: ReportFilter = {}, trx: Db = fastify.db): Promise<ReportRow[]> {
    const all: ReportRow[] = []
    for await (const page of reportPages(companyId, f, trx)) for (const r of page) all.push(r)
    return all
  }

  /** Vehicle fields of report rows, by vehicle guid (any company's): one page's guids at most. */
  async function vehicleFields(guids: string[], trx: Db): Promise<Map<string, VehicleFields>> {
    if (!guids.length) return new Map()
    const rows = await trx
      .selectFrom('vehicles')
      .select(['guid', 'vin_code', 'plate_number', 'vehicle_type_code'])
      .where('guid', 'in', guids)
      .execute()
    return new Map(rows.map(({ guid, ...v }) => [guid, v]))
  }

  /** The most pressing report per vehicle (pinned rule: overdue, then rejected > due > sent > approved, then latest date_finish). */
  async function vehiclePriority(
    companyId: number,
    today: string,
    f: ReportFilter = {},
    trx: Db = fastify.db,
  ): Promise<VehiclePriorityRow[]> {
    // Inlined as literals (not parameters): the statement text, and so its plan, stays the same.
    const [due, sent, rejected] = [STATUS.DUE, STATUS.SENT, STATUS.REJECTED].map((c) => sql.lit(c))
    let inner = trx
      .selectFrom('reports as r')
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .select([
        'r.ref_key',
        'r.status_code',
        'r.date_finish',
        'r.vehicle_guid',
        'v.vin_code',
        'v.plate_number',
        'v.vehicle_type_code',
        'v.sticker_printed_at',
        sql<number>`row_number() over (partition by r.vehicle_guid order by
          case when r.status_code in (${due}, ${rejected}) and r.date_finish < ${today} then 0 else 1 end,
          case r.status_code when ${rejected} then 0 when ${due} then 1 when ${sent} then 2 else 3 end,
          r.date_finish desc, r.ref_key)`.as('rn'),
      ])
      .where('r.company_id', '=', companyId)
    if (f.status !== undefined) inner = inner.where('r.status_code', '=', f.status)
    if (f.since !== undefined) inner = inner.where('r.date_finish', '>=', f.since)
    if (f.vehicleGuid !== undefined) inner = inner.where('r.vehicle_guid', '=', f.vehicleGuid)
    return trx
      .selectFrom(inner.as('t'))
      .select([
        'ref_key',
        'status_code',
        'date_finish',
        'vehicle_guid',
        'vin_code',
        'plate_number',
        'vehicle_type_code',
        'sticker_printed_at',
      ])
      .where('rn', '=', 1)
      .orderBy('plate_number')
      .orderBy('vehicle_guid')
      .execute()
  }

  async function vehicleTypes(codes: string[], trx: Db = fastify.db): Promise<VehicleTypeRow[]> {
    if (codes.length === 0) return []
    const rows = await trx.selectFrom('vehicle_types').selectAll().where('code', 'in', codes).execute()
    const order = new Map(codes.map((c, i) => [c, i]))
    return rows.sort((a, b) => order.get(a.code)! - order.get(b.code)!)
  }

  async function companyVehicles(companyId: number, trx: Db = fastify.db): Promise<VehicleRow[]> {
    return trx
      .selectFrom('vehicles')
      .select(['guid', 'plate_number', 'vehicle_type_code'])
      .where('company_id', '=', companyId)
      .orderBy('vehicle_type_code')
      .orderBy('plate_number')
      .orderBy('guid')
      .execute()
  }

  /** One vehicle of the company, or null (another company's guid is "not found" too). */
  async function findVehicle(companyId: number, guid: string, trx: Db = fastify.db) {
    const row = await trx
      .selectFrom('vehicles')
      .selectAll()
      .where('guid', '=', guid)
      .where('company_id', '=', companyId)
      .executeTakeFirst()
    return row ?? null
  }

  /** One report of the company joined with its vehicle, or null (another company's ref_key is "not found" too). */
  async function findReport(companyId: number, refKey: string, trx: Db = fastify.db): Promise<ReportRow | null> {
    const row = await trx
      .selectFrom('reports as r')
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .select(reportColumns)
      .where('r.ref_key', '=', refKey)
      .where('r.company_id', '=', companyId)
      .executeTakeFirst()
    return row ?? null
  }

  /** The report's latest submission (highest id, as /reports/video and /1c/reports/{ref_key} read it), or null. */
  async function latestSubmission(refKey: string, trx: Db = fastify.db) {
    const row = await trx
      .selectFrom('submissions')
      .select(['id', 'time_sent', 'lat', 'long', 'size', 'uploaded_at'])
      .where('ref_key', '=', refKey)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    // PostgreSQL may hand doubles back as strings.
    return row
      ? {
          id: row.id,
          time_sent: row.time_sent,
          lat: Number(row.lat),
          long: Number(row.long),
          size: Number(row.size),
          uploaded_at: row.uploaded_at,
        }
      : null
  }

  /** The status of one report of the company, or null (another company's ref_key is "not found" too). */
  async function statusOf(companyId: number, refKey: string, trx: Db = fastify.db): Promise<number | null> {
    const row = await trx
      .selectFrom('reports')
      .select('status_code')
      .where('ref_key', '=', refKey)
      .where('company_id', '=', companyId)
      .executeTakeFirst()
    return row?.status_code ?? null
  }

  /**
   * Moves one report of the company from one of `from` to SENT; false when it is in none of them (any
   * more): the conditional UPDATE settles a race with another upload or a decision.
   */
  async function markSent(trx: Db, companyId: number, refKey: string, from: readonly number[], at: string) {
    const res = await trx
      .updateTable('reports')
      .set({ status_code: STATUS.SENT, updated_at: at })
      .where('ref_key', '=', refKey)
      .where('company_id', '=', companyId)
      .where('status_code', 'in', [...from])
      .executeTakeFirst()
    return Number(res.numUpdatedRows) === 1
  }

  /** Stores a submission (a video sent for a report); returns its id. */
  async function insertSubmission(trx: Db, values: Insertable<Database['submissions']>): Promise<number> {
    const { id } = await trx.insertInto('submissions').values(values).returning('id').executeTakeFirstOrThrow()
    return id
  }

  return {
    reportPages,
    listReports,
    vehiclePriority,
    vehicleTypes,
    companyVehicles,
    findVehicle,
    findReport,
    latestSubmission,
    statusOf,
    markSent,
    insertSubmission,
  }
}

/** Distinct values in first-seen order. */
export const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)]

export default fp(
  async (fastify) => {
    fastify.decorate('reportsRepository', createReportsRepository(fastify))
  },
  { name: 'reports-repository', dependencies: ['database'] },
)
