import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { isValidBiin } from '../../lib/biin.js'
import { sendOk } from '../../lib/envelope.js'
import { invalid } from '../../lib/errors.js'
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
const same = <T extends object>(a: T, b: T) => (Object.keys(b) as (keyof T)[]).every((k) => a[k] === b[k])

/**
 * How 1C pushes its data: idempotent upserts (INSERT ... ON CONFLICT DO UPDATE) of companies,
 * vehicles with their contracts, and the report schedule. The same body twice leaves the same state
 * (201 the first time, then 200 with `changed: false`).
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const { db } = fastify

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
      preHandler: fastify.require1C,
    },
    async (request, reply) => {
      const { biin } = request.params
      if (!isValidBiin(biin)) throw invalid({ biin: 'Invalid BIN/IIN check digit.' })
      const { name, email } = request.body
      const result = await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('companies')
          .select(['name', 'email'])
          .where('biin', '=', biin)
          .executeTakeFirst()
        await trx
          .insertInto('companies')
          .values({ biin, name, email, created_at: new Date().toISOString() })
          .onConflict((oc) => oc.column('biin').doUpdateSet({ name, email }))
          .execute()
        const company = await trx
          .selectFrom('companies')
          .select(['id', 'biin', 'name', 'email'])
          .where('biin', '=', biin)
          .executeTakeFirstOrThrow()
        return { company, created: !before, changed: !before || !same(before, { name, email }) }
      })
      return sendOk(reply, result, result.created ? 201 : 200)
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
      preHandler: fastify.require1C,
    },
    async (request, reply) => {
      const guid = request.params.vehicle_guid
      const { biin, ...fields } = request.body
      const result = await db.transaction().execute(async (trx) => {
        const company = await trx.selectFrom('companies').select('id').where('biin', '=', biin).executeTakeFirst()
        if (!company) throw invalid({ biin: 'Unknown company: push it with PUT /1c/companies/{biin} first.' })
        const type = await trx
          .selectFrom('vehicle_types')
          .select('code')
          .where('code', '=', fields.vehicle_type_code)
          .executeTakeFirst()
        if (!type) throw invalid({ vehicle_type_code: 'Unknown vehicle type.' })
        const values = { company_id: company.id, ...fields }
        const before = await trx
          .selectFrom('vehicles')
          .select([
            'company_id',
            'vehicle_type_code',
            'vin_code',
            'plate_number',
            'contract_number',
            'contract_date_end',
          ])
          .where('guid', '=', guid)
          .executeTakeFirst()
        await trx
          .insertInto('vehicles')
          .values({ guid, ...values })
          .onConflict((oc) => oc.column('guid').doUpdateSet(values))
          .execute()
        return { vehicle: { guid, biin, ...fields }, created: !before, changed: !before || !same(before, values) }
      })
      return sendOk(reply, result, result.created ? 201 : 200)
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
      preHandler: fastify.require1C,
    },
    async (request, reply) => {
      const ref_key = request.params.ref_key
      const body = request.body
      const result = await db.transaction().execute(async (trx) => {
        const vehicle = await trx
          .selectFrom('vehicles as v')
          .innerJoin('companies as c', 'c.id', 'v.company_id')
          .select(['v.company_id', 'v.contract_number', 'c.biin'])
          .where('v.guid', '=', body.vehicle_guid)
          .executeTakeFirst()
        if (!vehicle)
          throw invalid({ vehicle_guid: 'Unknown vehicle: push it with PUT /1c/vehicles/{vehicle_guid} first.' })
        const before = await trx
          .selectFrom('reports')
          .select([
            'company_id',
            'vehicle_guid',
            'report_number',
            'contract_number',
            'date_start',
            'date_finish',
            'status_code',
            'reject_reason',
          ])
          .where('ref_key', '=', ref_key)
          .executeTakeFirst()
        const values = {
          company_id: vehicle.company_id,
          vehicle_guid: body.vehicle_guid,
          report_number: body.report_number,
          contract_number: body.contract_number ?? before?.contract_number ?? vehicle.contract_number,
          date_start: body.date_start,
          date_finish: body.date_finish,
          status_code: body.status_code ?? before?.status_code ?? 1,
          reject_reason: body.reject_reason ?? before?.reject_reason ?? '',
        }
        const changed = !before || !same(before, values)
        // An unchanged report is not written at all, so updated_at stays put too.
        if (changed) {
          const updated_at = new Date().toISOString()
          await trx
            .insertInto('reports')
            .values({ ref_key, ...values, updated_at })
            .onConflict((oc) => oc.column('ref_key').doUpdateSet({ ...values, updated_at }))
            .execute()
        }
        const { company_id: _c, ...out } = values
        return { report: { ref_key, biin: vehicle.biin, ...out }, created: !before, changed }
      })
      return sendOk(reply, result, result.created ? 201 : 200)
    },
  )
}
export default plugin
