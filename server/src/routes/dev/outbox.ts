import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { okSchema } from '../../schemas/common.js'
import { OutboxMessage } from '../../schemas/service.js'

/** GET /dev/outbox: the letters "sent" while the dev mailbox is on; the route does not exist otherwise (404). */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  if (!fastify.config.devMailbox) return
  fastify.get(
    '/outbox',
    {
      schema: {
        tags: ['dev'],
        summary: 'Dev mailbox: letters the server would have sent, newest first',
        querystring: z.object({
          to: z.string().max(320).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: okSchema({ messages: z.array(OutboxMessage) }) },
      },
    },
    async (request, reply) =>
      sendOk(reply, { messages: await fastify.mailer.recent(request.query.limit, request.query.to) }),
  )
}
export default plugin
