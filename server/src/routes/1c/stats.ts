import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { notFound } from '../../lib/errors.js'
import { errors, okSchema } from '../../schemas/common.js'
import { StaffStatsPayload, StaffStatsQuery } from '../../schemas/stats.js'
import { STATS_DEFINITIONS } from '../../schemas/stats-docs.js'

/**
 * GET /1c/stats [ext]: Forte staff's insights across companies (or one, `biin=`): everything the
 * portal's "Клиенты" page shows in one answer.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/stats',
    {
      schema: {
        tags: ['1c'],
        summary:
          'Report statistics across companies (or one), per-company rates, review queue, reviewers, reject reasons',
        description: `${STATS_DEFINITIONS}\n\nWith \`biin\`, every figure is that company's only (an unknown BIN/IIN is a 404). \`companies[].rejected_rate_90d\`: of the reports in the same 90-day window that were submitted, the share rejected at least once. \`queue\`: reports in status 2, each waiting since its latest video. \`reviewers\`: decisions per Almaty day over the last 30 days. \`reject_reasons\`: rejections decided in the last 90 days.`,
        security: [{ basic1C: [] }],
        querystring: StaffStatsQuery,
        response: { 200: okSchema(StaffStatsPayload), ...errors(401, 404, 422) },
      },
      preHandler: fastify.require1C,
    },
    async (request, reply) => {
      const { biin, months } = request.query
      let scope: number | null = null
      if (biin) {
        const company = await fastify.usersRepository.findCompanyByBiin(biin)
        if (!company) throw notFound('Company not found.')
        scope = company.id
      }
      return sendOk(reply, await fastify.statsService.forStaff(scope, months))
    },
  )
}
export default plugin
