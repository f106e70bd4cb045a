import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { notFound } from '../../lib/errors.js'
import { errors, okSchema } from '../../schemas/common.js'
import { ReportSelectPayload } from '../../schemas/reports.js'

/**
 * GET /reports/select/{ref_key} [ext]: one report of the caller's company with its latest submission
 * (time, GPS point), so the portal's report page needs neither the whole list nor the 1C API.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/select/:ref_key',
    {
      schema: {
        tags: ['reports'],
        summary: 'One report of the company, its latest submission (time, GPS point) and its type',
        description:
          "`submission` is null when no video was sent yet. Another company's or an unknown ref_key is a 404.",
        security: [{ bearer: [] }],
        params: z.object({ ref_key: z.string().min(1).max(64) }),
        response: { 200: okSchema(ReportSelectPayload), ...errors(401, 404, 422) },
      },
      preHandler: fastify.requireBearer,
    },
    async (request, reply) => {
      const payload = await fastify.reportsService.reportSelect(request.user!, request.params.ref_key)
      if (!payload) throw notFound('Report not found.')
      return sendOk(reply, payload)
    },
  )
}
export default plugin
