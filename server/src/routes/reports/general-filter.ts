import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { fastJsonSerializer, sendOkStreamed } from '../../lib/envelope.js'
import { parseFilterSegments } from '../../plugins/app/reports/reports-service.js'
import { errors, okSchema } from '../../schemas/common.js'
import { GeneralPayload } from '../../schemas/reports.js'

/**
 * GET /reports/general/filter/{status_code}/{date_range_code}/{vehicle_guid}.
 * `null`, empty and missing trailing segments mean "no filter", so shorter paths are routed too.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const response = { 200: okSchema(GeneralPayload), ...errors(401, 404, 422) }
  const handle = async (request: FastifyRequest, reply: FastifyReply, segments: (string | undefined)[]) => {
    const [status, range, vehicle] = segments
    const filter = parseFilterSegments(status, range, vehicle)
    return sendOkStreamed(reply, await fastify.reportsService.general(request.user!, filter))
  }

  fastify.get(
    '/general/filter/:status_code/:date_range_code/:vehicle_guid',
    {
      schema: {
        tags: ['reports'],
        summary: "The company's reports, split into important (due, rejected) and general (sent, approved)",
        description: '`null` (or an empty / missing trailing segment) = no filter. Ranges: 1w, 1m, 6m, 1y.',
        security: [{ bearer: [] }],
        params: z.object({ status_code: z.string(), date_range_code: z.string(), vehicle_guid: z.string() }),
        response,
      },
      preHandler: fastify.requireBearer,
      ...fastJsonSerializer,
    },
    (request, reply) => {
      const p = request.params
      return handle(request, reply, [p.status_code, p.date_range_code, p.vehicle_guid])
    },
  )

  const rest = { schema: { hide: true, response }, preHandler: fastify.requireBearer, ...fastJsonSerializer }
  fastify.get('/general/filter', rest, (request, reply) => handle(request, reply, []))
  fastify.get('/general/filter/*', rest, (request, reply) =>
    handle(request, reply, String((request.params as Record<string, string>)['*'] ?? '').split('/')),
  )
}
export default plugin
