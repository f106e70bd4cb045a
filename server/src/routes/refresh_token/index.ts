import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { parseBearer } from '../../lib/basic-auth.js'
import { fastJsonSerializer, sendOkStreamed } from '../../lib/envelope.js'
import { unauthorized } from '../../lib/errors.js'
import { SessionPayload } from '../../schemas/auth.js'
import { errors, okSchema } from '../../schemas/common.js'

/** POST /refresh_token: Bearer refresh token → a new pair (rotation), same body as /auth. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/',
    {
      schema: {
        tags: ['auth'],
        summary: 'Rotate the refresh token',
        security: [{ bearer: [] }],
        response: { 200: okSchema(SessionPayload), ...errors(401) },
      },
      ...fastJsonSerializer,
    },
    async (request, reply) => {
      const token = parseBearer(request.headers.authorization)
      if (!token) throw unauthorized('Bearer refresh token required.')
      const pair = await fastify.tokens.rotate(token)
      return sendOkStreamed(reply, await fastify.sessions.body(pair))
    },
  )
}
export default plugin
