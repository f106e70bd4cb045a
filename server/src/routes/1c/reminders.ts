import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { errors, okSchema } from '../../schemas/common.js'
import { RemindersRunPayload } from '../../schemas/stats.js'

/** POST /1c/reminders/run [ext]: the daily reminder pass, now (the scheduler runs it at REMINDER_AT). */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/reminders/run',
    {
      schema: {
        tags: ['1c'],
        summary: 'Run the reminder pass now; answers the digests it queued',
        description:
          'Each company with reminders on gets at most one digest per Almaty day (its overdue reports and those due within `reminder_days_before` days; none when it has neither), whoever runs the pass and however often: a second run the same day queues nothing. Letters go through the outbox to the company email.',
        security: [{ basic1C: [] }],
        response: { 200: okSchema(RemindersRunPayload), ...errors(401) },
      },
      preHandler: fastify.require1C,
    },
    async (_request, reply) => sendOk(reply, await fastify.reminders.run()),
  )
}
export default plugin
