import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { isValidBiin } from '../../lib/biin.js'
import { sendOk } from '../../lib/envelope.js'
import { invalid } from '../../lib/errors.js'
import type { Upserted } from '../../plugins/app/sync/sync-repository.js'
import { BiinParam, errors, okSchema } from '../../schemas/common.js'
import {
  CompanyBody,
  CompanyOut,
  ReportBody,
  ReportOut,
  UpsertFlags,
  VehicleBody,
  VehicleOut,
} from '../../schemas/sync.js'

const Id = z.string().min(1).max(64)

/** One upsert's answer: 201 when created, else 200 (`changed: false` when the same body came again). */
function answer<Row>(result: Upserted<Row> | undefined) {
  if (!result) throw new Error('upsert answered nothing')
  if ('field' in result) throw invalid({ [result.field]: result.message })
  const created = result.outcome === 'created'
  return { row: result.row, code: created ? 201 : 200, flags: { created, changed: result.outcome !== 'unchanged' } }
}

/**
 * How 1C pushes its data one object at a time: idempotent upserts of companies, vehicles with their
 * contracts, and the report schedule (syncRepository, shared with the bulk POST /1c/sync). The same body
 * twice leaves the same state (201 the first time, then 200 with `changed: false`).
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const { db, syncRepository } = fastify

  fastify.put(
    '/companies/:biin',
    {
      schema: {
        tags: ['1c'],
        summary: 'Create or update a client company',
        security: [{ basic1C: [] }],
        params: z.object({ biin: BiinParam }),
        body: CompanyBody,
        response: {
          200: okSchema({ company: CompanyOut, ...UpsertFlags }),
          201: okSchema({ company: CompanyOut, ...UpsertFlags }),
          ...errors(401, 422),
        },
      },
    },
    async (request, reply) => {
      const { biin } = request.params
      if (!isValidBiin(biin)) throw invalid({ biin: 'Invalid BIN/IIN check digit.' })
      const items = [{ biin, ...request.body }]
      const [result] = await db.transaction().execute((trx) => syncRepository.upsertCompanies(trx, items))
      const { row, code, flags } = answer(result)
      return sendOk(reply, { company: row, ...flags }, code)
    },
  )

  fastify.put(
    '/vehicles/:vehicle_guid',
    {
      schema: {
        tags: ['1c'],
        summary: 'Create or update a leased vehicle and its contract',
        security: [{ basic1C: [] }],
        params: z.object({ vehicle_guid: Id }),
        body: VehicleBody,
        response: {
          200: okSchema({ vehicle: VehicleOut, ...UpsertFlags }),
          201: okSchema({ vehicle: VehicleOut, ...UpsertFlags }),
          ...errors(401, 422),
        },
      },
    },
    async (request, reply) => {
      const items = [{ vehicle_guid: request.params.vehicle_guid, ...request.body }]
      const [result] = await db.transaction().execute((trx) => syncRepository.upsertVehicles(trx, items))
      const { row, code, flags } = answer(result)
      return sendOk(reply, { vehicle: row, ...flags }, code)
    },
  )

  fastify.put(
    '/reports/:ref_key',
    {
      schema: {
        tags: ['1c'],
        summary: 'Create or update a scheduled report',
        security: [{ basic1C: [] }],
        params: z.object({ ref_key: Id }),
        body: ReportBody,
        response: {
          200: okSchema({ report: ReportOut, ...UpsertFlags }),
          201: okSchema({ report: ReportOut, ...UpsertFlags }),
          ...errors(401, 422),
        },
      },
    },
    async (request, reply) => {
      const items = [{ ref_key: request.params.ref_key, ...request.body }]
      const [result] = await db.transaction().execute((trx) => syncRepository.upsertReports(trx, items))
      const { row, code, flags } = answer(result)
      return sendOk(reply, { report: row, ...flags }, code)
    },
  )
}
export default plugin
