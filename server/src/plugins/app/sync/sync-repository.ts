import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import type { Database, ReportFact } from '../../../db/types.js'
import { STATUS } from '../../../lib/codes.js'
import type { SyncCompanyItem, SyncReportItem, SyncVehicleItem } from '../../../schemas/sync.js'

declare module 'fastify' {
  interface FastifyInstance {
    syncRepository: ReturnType<typeof createSyncRepository>
  }
}

/** What an upsert did to one item's row. */
export type Outcome = 'created' | 'updated' | 'unchanged'
/** One item's result: its outcome and row, or the field that makes it invalid (then nothing is written for it). */
export type Upserted<Row> = { outcome: Outcome; row: Row } | { field: string; message: string }

type Db = Kysely<Database>

/** Items are read, compared and written this many at a time: one SELECT and at most one INSERT per chunk. */
const CHUNK = 500

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK)
}

const same = <T extends object>(a: T, b: T) => (Object.keys(b) as (keyof T)[]).every((k) => a[k] === b[k])

/**
 * Replays the items of a chunk against the rows already stored (`stored`, by key) in order, so a key sent
 * twice is created once and then compared with its own earlier version. Returns each item's outcome and
 * the rows to write (the last version of each changed key).
 */
function replay<Item, Values extends object>(
  items: Item[],
  stored: Map<string, Values>,
  keyOf: (item: Item) => string,
  valuesOf: (item: Item, before: Values | undefined) => Values | { field: string; message: string },
) {
  const dirty = new Map<string, Values>()
  const results = items.map((item) => {
    const key = keyOf(item)
    const before = stored.get(key)
    const values = valuesOf(item, before)
    if ('field' in values) return values
    const outcome: Outcome = !before ? 'created' : same(before, values) ? 'unchanged' : 'updated'
    if (outcome !== 'unchanged') dirty.set(key, values)
    stored.set(key, values)
    return { outcome, key, values }
  })
  return { results, dirty }
}

/**
 * How 1C's data lands: idempotent upserts of companies, vehicles (with their contracts) and the report
 * schedule, one item or thousands (PUT /1c/... and POST /1c/sync share this). Each method takes the
 * caller's transaction and answers per item; an item sent again unchanged is not written at all.
 */
export function createSyncRepository() {
  async function upsertCompanies(trx: Db, items: SyncCompanyItem[]) {
    const out: Upserted<{ id: number; biin: string; name: string; email: string }>[] = []
    for (const chunk of chunks(items)) {
      const keys = [...new Set(chunk.map((i) => i.biin))]
      const rows = await trx
        .selectFrom('companies')
        .select(['biin', 'name', 'email'])
        .where('biin', 'in', keys)
        .execute()
      const stored = new Map(rows.map(({ biin, ...values }) => [biin, values]))
      const { results, dirty } = replay(
        chunk,
        stored,
        (i) => i.biin,
        (i) => ({ name: i.name, email: i.email }),
      )
      if (dirty.size) {
        const created_at = new Date().toISOString()
        await trx
          .insertInto('companies')
          .values([...dirty].map(([biin, values]) => ({ biin, ...values, created_at })))
          .onConflict((oc) =>
            oc.column('biin').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), email: eb.ref('excluded.email') })),
          )
          .execute()
      }
      const ids = await trx.selectFrom('companies').select(['id', 'biin']).where('biin', 'in', keys).execute()
      const idOf = new Map(ids.map((r) => [r.biin, r.id]))
      for (const r of results)
        out.push('field' in r ? r : { outcome: r.outcome, row: { id: idOf.get(r.key)!, biin: r.key, ...r.values } })
    }
    return out
  }

  async function upsertVehicles(trx: Db, items: SyncVehicleItem[]) {
    const out: Upserted<Omit<SyncVehicleItem, 'vehicle_guid'> & { guid: string }>[] = []
    const types = new Set((await trx.selectFrom('vehicle_types').select('code').execute()).map((t) => t.code))
    for (const chunk of chunks(items)) {
      const biins = [...new Set(chunk.map((i) => i.biin))]
      const companies = await trx.selectFrom('companies').select(['id', 'biin']).where('biin', 'in', biins).execute()
      const companyId = new Map(companies.map((c) => [c.biin, c.id]))
      const keys = [...new Set(chunk.map((i) => i.vehicle_guid))]
      const rows = await trx
        .selectFrom('vehicles')
        .select(['guid', 'company_id', 'vehicle_type_code', 'vin_code', 'plate_number', 'contract_number'])
        .select('contract_date_end')
        .where('guid', 'in', keys)
        .execute()
      const { results, dirty } = replay(
        chunk,
        new Map(rows.map(({ guid, ...values }) => [guid, values])),
        (i) => i.vehicle_guid,
        ({ vehicle_guid: _key, biin, ...fields }) => {
          const company_id = companyId.get(biin)
          if (company_id === undefined)
            return { field: 'biin', message: 'Unknown company: push it first (PUT /1c/companies/{biin}, or sync it).' }
          if (!types.has(fields.vehicle_type_code))
            return { field: 'vehicle_type_code', message: 'Unknown vehicle type.' }
          return { company_id, ...fields }
        },
      )
      if (dirty.size) {
        await trx
          .insertInto('vehicles')
          .values([...dirty].map(([guid, values]) => ({ guid, ...values })))
          .onConflict((oc) =>
            oc.column('guid').doUpdateSet((eb) => ({
              company_id: eb.ref('excluded.company_id'),
              vehicle_type_code: eb.ref('excluded.vehicle_type_code'),
              vin_code: eb.ref('excluded.vin_code'),
              plate_number: eb.ref('excluded.plate_number'),
              contract_number: eb.ref('excluded.contract_number'),
              contract_date_end: eb.ref('excluded.contract_date_end'),
            })),
          )
          .execute()
      }
      const byKey = new Map(chunk.map((i) => [i.vehicle_guid, i.biin]))
      for (const r of results) {
        if ('field' in r) out.push(r)
        else {
          const { company_id: _c, ...fields } = r.values
          out.push({ outcome: r.outcome, row: { guid: r.key, biin: byKey.get(r.key)!, ...fields } })
        }
      }
    }
    return out
  }

  async function upsertReports(trx: Db, items: SyncReportItem[]) {
    // The synced fields; the report facts (migration 006) are the triggers', never the sync's.
    type ReportRow = Omit<Database['reports'], 'updated_at' | 'company_id' | 'ref_key' | ReportFact> & { biin: string }
    const out: Upserted<ReportRow & { ref_key: string }>[] = []
    for (const chunk of chunks(items)) {
      const guids = [...new Set(chunk.map((i) => i.vehicle_guid))]
      const vehicles = await trx
        .selectFrom('vehicles as v')
        .innerJoin('companies as c', 'c.id', 'v.company_id')
        .select(['v.guid', 'v.company_id', 'v.contract_number', 'c.biin'])
        .where('v.guid', 'in', guids)
        .execute()
      const vehicleOf = new Map(vehicles.map((v) => [v.guid, v]))
      const keys = [...new Set(chunk.map((i) => i.ref_key))]
      const rows = await trx
        .selectFrom('reports')
        .select(['ref_key', 'company_id', 'vehicle_guid', 'report_number', 'contract_number', 'date_start'])
        .select(['date_finish', 'status_code', 'reject_reason'])
        .where('ref_key', 'in', keys)
        .execute()
      const { results, dirty } = replay(
        chunk,
        new Map(rows.map(({ ref_key, ...values }) => [ref_key, values])),
        (i) => i.ref_key,
        (i, before) => {
          const vehicle = vehicleOf.get(i.vehicle_guid)
          if (!vehicle)
            return {
              field: 'vehicle_guid',
              message: 'Unknown vehicle: push it first (PUT /1c/vehicles/{vehicle_guid}, or sync it).',
            }
          // What 1C leaves out keeps its stored value (a report keeps the status its video got it).
          return {
            company_id: vehicle.company_id,
            vehicle_guid: i.vehicle_guid,
            report_number: i.report_number,
            contract_number: i.contract_number ?? before?.contract_number ?? vehicle.contract_number,
            date_start: i.date_start,
            date_finish: i.date_finish,
            status_code: i.status_code ?? before?.status_code ?? STATUS.DUE,
            reject_reason: i.reject_reason ?? before?.reject_reason ?? '',
          }
        },
      )
      // An unchanged report is not written at all, so its updated_at stays put too.
      if (dirty.size) {
        const updated_at = new Date().toISOString()
        await trx
          .insertInto('reports')
          .values([...dirty].map(([ref_key, values]) => ({ ref_key, ...values, updated_at })))
          .onConflict((oc) =>
            oc.column('ref_key').doUpdateSet((eb) => ({
              company_id: eb.ref('excluded.company_id'),
              vehicle_guid: eb.ref('excluded.vehicle_guid'),
              report_number: eb.ref('excluded.report_number'),
              contract_number: eb.ref('excluded.contract_number'),
              date_start: eb.ref('excluded.date_start'),
              date_finish: eb.ref('excluded.date_finish'),
              status_code: eb.ref('excluded.status_code'),
              reject_reason: eb.ref('excluded.reject_reason'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute()
      }
      for (const r of results) {
        if ('field' in r) out.push(r)
        else {
          const { company_id: _c, ...values } = r.values
          out.push({
            outcome: r.outcome,
            row: { ref_key: r.key, biin: vehicleOf.get(values.vehicle_guid)!.biin, ...values },
          })
        }
      }
    }
    return out
  }

  return { upsertCompanies, upsertVehicles, upsertReports }
}

export default fp(
  async (fastify: FastifyInstance) => {
    fastify.decorate('syncRepository', createSyncRepository())
  },
  { name: 'sync-repository', dependencies: ['database'] },
)
