import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound } from '../../lib/errors.js'
import { qrPng } from '../../lib/qr-png.js'
import { errors } from '../../schemas/common.js'
import { fileResponse } from '../../schemas/files.js'

/**
 * GET /vehicle/qr/{vehicle_guid}: PNG of a QR code holding the vehicle_guid (stickers).
 * 1C Basic; the guard's 401 carries `WWW-Authenticate` so a browser asks for the login.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/qr/:vehicle_guid',
    {
      schema: {
        tags: ['1c'],
        summary: 'QR code (PNG) of a vehicle_guid',
        security: [{ basic1C: [] }],
        params: z.object({ vehicle_guid: z.string().min(1).max(64) }),
        response: { 200: fileResponse('image/png', 'A QR code holding the vehicle_guid'), ...errors(401, 404, 422) },
      },
      preHandler: fastify.require1C,
    },
    async (request, reply) => {
      const { vehicle_guid } = request.params
      if (!(await fastify.reviewRepository.vehicleExists(vehicle_guid))) throw notFound('Vehicle not found.')
      const png = await qrPng(vehicle_guid)
      return (reply as unknown as FastifyReply)
        .type('image/png')
        .header('cache-control', 'private, max-age=86400')
        .header('content-disposition', `inline; filename="qr-${vehicle_guid}.png"`)
        .send(png)
    },
  )
}
export default plugin
