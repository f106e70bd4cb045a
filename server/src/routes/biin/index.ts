import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { isValidBiin } from '../../lib/biin.js'
import { SIGN_IN_CEILING } from '../../plugins/external/rate-limit.js'
import { sendOk } from '../../lib/envelope.js'
import { invalid } from '../../lib/errors.js'
import { OtpRequestBody } from '../../schemas/auth.js'
import { BiinParam, errors, okSchema } from '../../schemas/common.js'

/**
 * POST /biin/{biin}: sends an OTP to the company's email. Role 2's mobile and first name, and the FCM,
 * wait with the code: only a successful /auth creates the employee or changes a push token.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/:biin',
    {
      config: { rateLimit: SIGN_IN_CEILING },
      schema: {
        tags: ['auth'],
        summary: 'Request a one-time password (JSON, urlencoded or multipart form body)',
        params: z.object({ biin: BiinParam }),
        body: OtpRequestBody,
        response: { 200: okSchema({ email: z.string() }), ...errors(400, 404, 415, 422, 429) },
      },
      // Multipart forms carry plain fields only here: collect them so the zod body schema sees them.
      preValidation: async (request) => {
        if (!request.isMultipart()) return
        const fields: Record<string, string> = {}
        for await (const part of request.parts()) {
          if (part.type === 'field') fields[part.fieldname] = String(part.value)
          else part.file.resume()
        }
        request.body = fields as never
      },
    },
    async (request, reply) => {
      const { biin } = request.params
      if (!isValidBiin(biin)) throw invalid({ biin: 'Invalid BIN/IIN check digit.' })
      const b = request.body
      const { email } = await fastify.otp.request(
        biin,
        {
          roleId: b.role_id,
          uuid: b.uuid,
          fcm: b.FCM,
          mobile: b.mobile,
          firstName: b.first_name,
        },
        request.ip,
      )
      return sendOk(reply, { email }, 200, 'OTP is sent to your email.')
    },
  )
}
export default plugin
