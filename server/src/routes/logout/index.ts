import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { errors, okSchema } from '../../schemas/common.js'

/** POST /logout [ext]: ends the caller's session; its access and refresh tokens answer 401 from then on. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the session (its access and refresh tokens are refused from now on)',
        security: [{ bearer: [] }],
        response: { 200: okSchema({}), ...errors(401) },
      },
      preHandler: fastify.requireBearer,
    },
    async (request, reply) => {
      const { userId, uuid } = request.user!
      await fastify.tokens.logout(userId, uuid)
      return sendOk(reply, {}, 200, 'Logged out.')
    },
  )
}
export default plugin
