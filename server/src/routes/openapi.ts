import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

/** GET /openapi.json: OpenAPI 3.1 of every route, from their zod schemas. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger())
}
export default plugin
