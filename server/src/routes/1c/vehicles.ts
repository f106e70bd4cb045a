import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { publicBaseOf } from '../../lib/public-links.js'
import { errors, okSchema } from '../../schemas/common.js'
import { VehicleListPayload, VehicleListQuery } from '../../schemas/review.js'

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
    },
    async (request, reply) => sendOk(reply, await fastify.reviewService.vehicles(request.query, publicBaseOf(request))),
  )
}
export default plugin
