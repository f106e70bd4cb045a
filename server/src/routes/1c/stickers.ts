import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { errors, okSchema } from '../../schemas/common.js'
import { StickersBody, StickersPayload } from '../../schemas/stickers.js'

/** POST /1c/vehicles/stickers [ext]: Forte staff record that stickers were printed (any company's vehicles). */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/vehicles/stickers',
    {
      schema: {
        tags: ['1c'],
        summary: 'Record that stickers were printed for vehicles of any company',
        description:
          'Sets `sticker_printed_at` to now on every vehicle given. All or nothing: an unknown `vehicle_guid` is a 404 and nothing is recorded.',
        security: [{ basic1C: [] }],
        body: StickersBody,
        response: { 200: okSchema(StickersPayload), ...errors(400, 401, 404, 422) },
      },
    },
    async (request, reply) => sendOk(reply, await fastify.stickersRepository.record(request.body.vehicle_guids, null)),
  )
}
export default plugin
