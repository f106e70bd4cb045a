import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { notFound } from '../../lib/errors.js'
import { publicBaseOf } from '../../lib/public-links.js'
import { errors, okSchema } from '../../schemas/common.js'
import { VehicleSelectPayload } from '../../schemas/reports.js'

/** GET /reports/vehicle/select/{vehicle_guid}: one vehicle's reports + `info.this`. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/vehicle/select/:vehicle_guid',
    {
      schema: {
        tags: ['reports'],
        summary: "A vehicle's reports and its contract data",
        security: [{ bearer: [] }],
        params: z.object({ vehicle_guid: z.string().min(1).max(64) }),
        response: { 200: okSchema(VehicleSelectPayload), ...errors(401, 404, 422) },
      },
      preHandler: fastify.requireBearer,
    },
    async (request, reply) => {
      const payload = await fastify.reportsService.vehicleSelect(
        request.user!,
        request.params.vehicle_guid,
        publicBaseOf(request),
      )
      if (!payload) throw notFound('Vehicle not found.')
      return sendOk(reply, payload)
    },
  )
}
export default plugin
