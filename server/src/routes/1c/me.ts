import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { errors, okSchema } from '../../schemas/common.js'

/** GET /1c/me: how the portal checks a reviewer's credentials. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/me',
    {
      schema: {
        tags: ['1c'],
        summary: 'The 1C account behind the Basic credentials',
        security: [{ basic1C: [] }],
        response: { 200: okSchema({ login: z.string(), display_name: z.string() }), ...errors(401) },
      },
    },
    async (request, reply) =>
      sendOk(reply, { login: request.reviewer!.login, display_name: request.reviewer!.displayName }),
  )
}
export default plugin
