import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { fastJsonSerializer, sendOkStreamed } from '../../lib/envelope.js'
import { parseFilterSegments } from '../../plugins/app/reports/reports-service.js'
import { errors, okSchema } from '../../schemas/common.js'
import { VehicleFilterPayload } from '../../schemas/reports.js'

/** GET /reports/vehicle/filter/{status_code}/{date_range_code}: one row per vehicle, its most pressing report. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const response = { 200: okSchema(VehicleFilterPayload), ...errors(401, 422) }
  const handle = async (request: FastifyRequest, reply: FastifyReply, segments: (string | undefined)[]) => {
    const [status, range] = segments
    return sendOkStreamed(
      reply,
      await fastify.reportsService.byVehicle(request.user!, parseFilterSegments(status, range)),
    )
  }

  fastify.get(
    '/vehicle/filter/:status_code/:date_range_code',
    {
      schema: {
        tags: ['reports'],
        summary: 'Vehicles with the status of their most pressing report',
        description: 'Priority: overdue first, then 4 > 1 > 2 > 3, then the latest date_finish. `null` = no filter.',
        security: [{ bearer: [] }],
        params: z.object({ status_code: z.string(), date_range_code: z.string() }),
        response,
      },
      preHandler: fastify.requireBearer,
      ...fastJsonSerializer,
    },
    (request, reply) => handle(request, reply, [request.params.status_code, request.params.date_range_code]),
  )

  const rest = { schema: { hide: true, response }, preHandler: fastify.requireBearer, ...fastJsonSerializer }
  fastify.get('/vehicle/filter', rest, (request, reply) => handle(request, reply, []))
  fastify.get('/vehicle/filter/*', rest, (request, reply) =>
    handle(request, reply, String((request.params as Record<string, string>)['*'] ?? '').split('/')),
  )
}
export default plugin
