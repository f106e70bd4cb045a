import helmet from '@fastify/helmet'
import fp from 'fastify-plugin'

/**
 * Security headers. Resources may be embedded cross-origin: the portal shows `image_path`
 * pictures and QR codes straight from the API.
 * @see https://github.com/fastify/fastify-helmet
 */
export default fp(
  async (fastify) => {
    await fastify.register(helmet, {
      contentSecurityPolicy: false,
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    })
  },
  { name: 'helmet' },
)
