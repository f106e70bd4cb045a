import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { errors, okSchema } from '../../schemas/common.js'
import { CompanyStatsPayload, StatsQuery } from '../../schemas/stats.js'
import { STATS_DEFINITIONS } from '../../schemas/stats-docs.js'

/**
 * GET /reports/stats [ext]: the director's insights, everything the portal's "Аналитика" page shows
 * in one answer (trend, monthly bars, vehicle types, open overdue reports, reminder settings).
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/stats',
    {
      schema: {
        tags: ['reports'],
        summary: "The company's report statistics by month and vehicle type, its overdue reports and reminder settings",
        description: STATS_DEFINITIONS,
        security: [{ bearer: [] }],
        querystring: StatsQuery,
        response: { 200: okSchema(CompanyStatsPayload), ...errors(401, 403, 422) },
      },
      preHandler: fastify.requireDirector,
    },
    async (request, reply) => {
      const { companyId } = request.user!
      const [stats, settings] = await Promise.all([
        fastify.statsService.forCompany(companyId, request.query.months),
        fastify.settingsRepository.get(companyId),
      ])
      return sendOk(reply, { ...stats, settings })
    },
  )
}
export default plugin
