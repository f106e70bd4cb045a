import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { errors, okSchema } from '../../schemas/common.js'
import { StickersBody, StickersPayload } from '../../schemas/stickers.js'

/** POST /vehicles/stickers [ext]: the director records that stickers of their own vehicles were printed. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/stickers',
    {
      schema: {
        tags: ['vehicles'],
        summary: 'Record that stickers were printed for own vehicles (director)',
        description:
          "Sets `sticker_printed_at` to now on every vehicle given. All or nothing: another company's or an unknown `vehicle_guid` is a 404 and nothing is recorded.",
        security: [{ bearer: [] }],
        body: StickersBody,
        response: { 200: okSchema(StickersPayload), ...errors(400, 401, 403, 404, 422) },
      },
      preHandler: fastify.requireDirector,
    },
    async (request, reply) =>
      sendOk(reply, await fastify.stickersRepository.record(request.body.vehicle_guids, request.user!.companyId)),
  )
}
export default plugin
