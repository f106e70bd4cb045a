import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { fastJsonSerializer } from '../lib/envelope.js'

const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
})

/** GET /openapi.json: OpenAPI 3.1 of every route, from their zod schemas (built once, then cached). */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/openapi.json',
    {
      schema: {
        tags: ['meta'],
        summary: 'This API as an OpenAPI 3.1 document',
        response: { 200: OpenApiDocument.meta({ description: 'The OpenAPI document' }) },
      },
      ...fastJsonSerializer,
    },
    async (_request, reply) => reply.send(fastify.swagger() as z.infer<typeof OpenApiDocument>),
  )
}
export default plugin
