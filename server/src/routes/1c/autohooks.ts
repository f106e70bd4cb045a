import type { FastifyInstance } from 'fastify'

/**
 * Every /1c route is Forte staff's: HTTP Basic of a 1C account (`request.reviewer`), checked after the
 * request is validated, as a route `preHandler` would be.
 * @see https://github.com/fastify/demo/blob/main/src/routes/api/autohooks.ts
 */
export default async function oneCOnly(fastify: FastifyInstance) {
  fastify.addHook('preHandler', fastify.require1C)
}
