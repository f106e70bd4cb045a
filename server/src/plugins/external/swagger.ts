import swagger from '@fastify/swagger'
import fp from 'fastify-plugin'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'

/**
 * OpenAPI 3.1 built from the routes' zod schemas; served at GET /openapi.json (routes/openapi).
 * @see https://github.com/fastify/fastify-swagger
 */
export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'ForteLeasing API',
          description:
            'Vehicle inspection reports: the public ForteLeasing API plus the [ext] endpoints of api-contract.md.',
          version: '1.0.0',
        },
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            appBasic: { type: 'http', scheme: 'basic', description: 'Login `{BIIN}-{uuid}`, password = OTP' },
            basic1C: { type: 'http', scheme: 'basic', description: '1C / Forte staff account' },
          },
        },
      },
      transform: jsonSchemaTransform,
    })
  },
  { name: 'swagger' },
)
