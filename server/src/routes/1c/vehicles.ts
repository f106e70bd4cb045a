import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { likePattern } from '../../review/review-queries.js'
import { errors, okSchema } from '../../schemas/common.js'
import { VehicleListPayload, VehicleListQuery } from '../../schemas/review.js'
import { sql } from 'kysely'

/** GET /1c/vehicles: vehicles of all companies, searchable by BIN, plate, VIN (sticker printing in bulk). */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/vehicles',
    {
      schema: {
        tags: ['1c'],
        summary: 'Vehicles of all companies (search by BIN/IIN, plate, VIN)',
        security: [{ basic1C: [] }],
        querystring: VehicleListQuery,
        response: { 200: okSchema(VehicleListPayload), ...errors(401, 422) },
      },
      preHandler: fastify.require1C,
    },
    async (request, reply) => {
      const { biin, q, page, per_page } = request.query
      let base = fastify.db
        .selectFrom('vehicles as v')
        .innerJoin('companies as c', 'c.id', 'v.company_id')
        .innerJoin('vehicle_types as t', 't.code', 'v.vehicle_type_code')
      if (biin) base = base.where('c.biin', '=', biin)
      if (q?.trim()) {
        const p = likePattern(q.trim())
        base = base.where((eb) =>
          eb.or(
            (['v.plate_number', 'v.vin_code', 'v.guid', 'c.biin', 'c.name', 'v.contract_number'] as const).map((col) =>
              eb(sql`lower(${sql.ref(col)})`, 'like', sql`${p} escape '\\'`),
            ),
          ),
        )
      }
      const [rows, count] = await Promise.all([
        base
          .select([
            'v.guid',
            'v.plate_number',
            'v.vin_code',
            'v.vehicle_type_code',
            'v.contract_number',
            'v.contract_date_end',
            't.title as vehicle_type_title',
            'c.name as company_name',
            'c.biin',
          ])
          .orderBy('c.name')
          .orderBy('v.plate_number')
          .orderBy('v.guid')
          .limit(per_page)
          .offset((page - 1) * per_page)
          .execute(),
        base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ])
      const publicBase = fastify.config.apiPublicUrl ?? `${request.protocol}://${request.host}`
      const items = rows.map((r) => ({
        vehicle_guid: r.guid,
        plate_number: r.plate_number,
        vin_code: r.vin_code,
        vehicle_type_code: r.vehicle_type_code,
        vehicle_type_title: r.vehicle_type_title,
        contract_number: r.contract_number,
        contract_date_end: r.contract_date_end,
        company_name: r.company_name,
        biin: r.biin,
        qr_path: `/vehicle/qr/${encodeURIComponent(r.guid)}`,
        image_path: `${publicBase}/images/${encodeURIComponent(r.vehicle_type_code)}/image.png`,
      }))
      return sendOk(reply, { items, total: Number(count.n), page, per_page })
    },
  )
}
export default plugin
