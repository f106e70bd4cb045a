import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { z } from 'zod'
import { ApiError, unavailable } from '../../../lib/errors.js'
import type { RawItem } from '../../../lib/stream-items.js'
import { SyncCompany, SyncReport, SyncVehicle } from '../../../schemas/sync.js'
import type { Upserted } from './sync-repository.js'

declare module 'fastify' {
  interface FastifyInstance {
    syncService: ReturnType<typeof createSyncService>
  }
}

/**
 * api-contract.md "For integrators": up to 10,000 items a call, of each kind (a first load sends 10,000
 * vehicles and their 10,000 reports together). Lines of no known kind count towards the total only.
 */
export const SYNC_MAX_ITEMS = 10_000
const SYNC_MAX_LINES = 3 * SYNC_MAX_ITEMS

export type SyncKind = 'company' | 'vehicle' | 'report'
export interface SyncError {
  /** NDJSON: the item's 0-based line; JSON: its position in its array. */
  index: number
  kind: SyncKind | null
  key: string | null
  message: string
}
export interface SyncResult {
  /** False when invalid items made the call apply nothing (the counts are then 0). */
  applied: boolean
  created: number
  updated: number
  unchanged: number
  errors: SyncError[]
}

const KINDS = {
  company: { schema: SyncCompany, key: 'biin' },
  vehicle: { schema: SyncVehicle, key: 'vehicle_guid' },
  report: { schema: SyncReport, key: 'ref_key' },
} as const
const isKind = (v: unknown): v is SyncKind => typeof v === 'string' && Object.hasOwn(KINDS, v)

interface Valid<T> {
  order: number
  index: number
  key: string
  data: T
}

/** Thrown inside the transaction to undo it when an all-or-nothing call has invalid items. */
class Rollback extends Error {}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0]
  const path = issue?.path.join('.')
  return path ? `${path}: ${issue!.message}` : (issue?.message ?? 'Invalid item.')
}

/**
 * POST /1c/sync: reads the items as they arrive (each validated as the PUT upsert's body plus its key),
 * then applies them in one transaction through syncRepository: companies first, then vehicles, then
 * reports, so an item may refer to one sent in the same call. Any invalid item undoes the whole call
 * unless `partial`; then the valid ones stay and the invalid ones are listed.
 */
export function createSyncService(fastify: FastifyInstance) {
  const { db, syncRepository } = fastify

  async function run(items: AsyncIterable<RawItem>, partial: boolean): Promise<SyncResult> {
    const valid = { company: [] as Valid<unknown>[], vehicle: [] as Valid<unknown>[], report: [] as Valid<unknown>[] }
    const errors: (SyncError & { order: number })[] = []
    const perKind = { company: 0, vehicle: 0, report: 0 }
    let order = 0
    for await (const raw of items) {
      if (++order > SYNC_MAX_LINES) throw new ApiError(413, `At most ${SYNC_MAX_LINES} items a call: split the load.`)
      const fail = (kind: SyncKind | null, key: string | null, message: string) =>
        errors.push({ order, index: raw.index, kind, key, message })
      if (raw.text === null) {
        fail(isKind(raw.kind) ? raw.kind : null, null, 'Item too long.')
        continue
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(raw.text)
      } catch {
        fail(isKind(raw.kind) ? raw.kind : null, null, 'Not valid JSON.')
        continue
      }
      const obj = (parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}) as Record<
        string,
        unknown
      >
      const kind = raw.kind ?? obj.kind
      if (!isKind(kind)) {
        fail(null, null, 'kind: expected "company", "vehicle" or "report".')
        continue
      }
      if (++perKind[kind] > SYNC_MAX_ITEMS)
        throw new ApiError(413, `At most ${SYNC_MAX_ITEMS} items of each kind a call (${kind}): split the load.`)
      const keyValue = obj[KINDS[kind].key]
      const key = typeof keyValue === 'string' ? keyValue : null
      const result = KINDS[kind].schema.safeParse(parsed)
      if (!result.success) fail(kind, key, firstIssue(result.error))
      else valid[kind].push({ order, index: raw.index, key: key!, data: result.data })
    }

    const counts = { created: 0, updated: 0, unchanged: 0 }
    const tally = <Row>(kind: SyncKind, list: Valid<unknown>[], results: Upserted<Row>[]) =>
      results.forEach((r, i) => {
        const item = list[i]!
        if ('field' in r) errors.push({ ...item, kind, message: `${r.field}: ${r.message}` })
        else counts[r.outcome]++
      })
    let applied = true
    try {
      await db.transaction().execute(async (trx) => {
        const data = <T>(list: Valid<unknown>[]) => list.map((v) => v.data as T)
        tally('company', valid.company, await syncRepository.upsertCompanies(trx, data(valid.company)))
        tally('vehicle', valid.vehicle, await syncRepository.upsertVehicles(trx, data(valid.vehicle)))
        tally('report', valid.report, await syncRepository.upsertReports(trx, data(valid.report)))
        if (errors.length && !partial) throw new Rollback()
      })
    } catch (err) {
      if (!(err instanceof Rollback)) throw err instanceof ApiError ? err : unavailable('database', err)
      applied = false
    }
    errors.sort((a, b) => a.order - b.order)
    return {
      applied,
      ...(applied ? counts : { created: 0, updated: 0, unchanged: 0 }),
      errors: errors.map(({ index, kind, key, message }) => ({ index, kind, key, message })),
    }
  }

  return { run }
}

export default fp(
  async (fastify: FastifyInstance) => {
    fastify.decorate('syncService', createSyncService(fastify))
  },
  { name: 'sync-service', dependencies: ['database', 'sync-repository'] },
)
