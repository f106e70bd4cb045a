import type { FastifyInstance } from 'fastify'

/**
 * Every /employee route is the director's: a valid access token of a role-ADMIN user, checked after
 * the request is validated, as a route `preHandler` would be.
 * @see https://github.com/fastify/demo/blob/main/src/routes/api/autohooks.ts
 */
export default async function directorOnly(fastify: FastifyInstance) {
  fastify.addHook('preHandler', fastify.requireDirector)
}
