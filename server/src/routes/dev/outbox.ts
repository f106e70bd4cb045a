import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { okSchema } from '../../schemas/common.js'

const Message = z.object({ to: z.string(), subject: z.string(), text: z.string(), created_at: z.string() })

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
        response: { 200: okSchema({ messages: z.array(Message) }) },
      },
    },
    async (request, reply) => {
      let q = fastify.db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(request.query.limit)
      if (request.query.to) q = q.where('to_addr', '=', request.query.to)
      const rows = await q.execute()
      return sendOk(reply, {
        messages: rows.map((r) => ({ to: r.to_addr, subject: r.subject, text: r.body, created_at: r.created_at })),
      })
    },
  )
}
export default plugin
