import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { errors, okSchema } from '../../schemas/common.js'
import { CompanySettings } from '../../schemas/stats.js'

/** GET/PUT /company/settings [ext]: the company's reminder settings (the director changes them). */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/settings',
    {
      schema: {
        tags: ['company'],
        summary: "The company's reminder settings (defaults until a director sets them: on, 3 days before)",
        security: [{ bearer: [] }],
        response: { 200: okSchema(CompanySettings.shape), ...errors(401) },
      },
      preHandler: fastify.requireBearer,
    },
    async (request, reply) => sendOk(reply, await fastify.settingsRepository.get(request.user!.companyId)),
  )

  fastify.put(
    '/settings',
    {
      schema: {
        tags: ['company'],
        summary: "Set the company's reminder settings (director only); both fields are required",
        security: [{ bearer: [] }],
        body: CompanySettings,
        response: { 200: okSchema(CompanySettings.shape), ...errors(400, 401, 403, 422) },
      },
      preHandler: fastify.requireDirector,
    },
    async (request, reply) =>
      sendOk(reply, await fastify.settingsRepository.put(request.user!.companyId, request.body)),
  )
}
export default plugin
