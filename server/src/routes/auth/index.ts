import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { parseAppCredentials } from '../../lib/app-credentials.js'
import { SIGN_IN_CEILING } from '../../plugins/external/rate-limit.js'
import { fastJsonSerializer, sendOkStreamed } from '../../lib/envelope.js'
import { unauthorized } from '../../lib/errors.js'
import { SessionPayload } from '../../schemas/auth.js'
import { errors, okSchema } from '../../schemas/common.js'

/** POST /auth: Basic `{BIIN}-{uuid}` : OTP → tokens + profile + reports. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/',
    {
      config: { rateLimit: SIGN_IN_CEILING },
      schema: {
        tags: ['auth'],
        summary: 'Exchange the OTP for access and refresh tokens',
        security: [{ appBasic: [] }],
        response: { 200: okSchema(SessionPayload), ...errors(401, 429) },
      },
      ...fastJsonSerializer,
    },
    async (request, reply) => {
      const cred = parseAppCredentials(request.headers.authorization)
      if (!cred) throw unauthorized('Basic credentials "{BIIN}-{uuid}:{OTP}" required.')
      const userId = await fastify.otp.verify(cred.biin, cred.uuid, cred.code, request.ip)
      const user = await fastify.usersRepository.findUserWithCompany(userId)
      if (!user || user.deleted_at) throw unauthorized('The user no longer exists.')
      const pair = await fastify.tokens.issue({ userId, companyId: user.company_id, biin: user.biin, uuid: cred.uuid })
      return sendOkStreamed(reply, await fastify.sessions.body(pair))
    },
  )
}
export default plugin
