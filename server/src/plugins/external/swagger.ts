import swagger from '@fastify/swagger'
import type { FastifyInstance, HTTPMethods } from 'fastify'
import fp from 'fastify-plugin'
import { documentObject } from '../../openapi/document.js'
import { documentRoute } from '../../openapi/document-route.js'

/**
 * OpenAPI 3.1 built from the routes' zod schemas, completed in src/openapi/ (operationIds, security,
 * error answers, components, the seed's examples); served at GET /openapi.json and rendered at /docs.
 * @see https://github.com/fastify/fastify-swagger
 */
declare module 'fastify' {
  interface FastifyInstance {
    /** Every route this instance serves (hidden ones and HEADs included): what /openapi.json is checked against. */
    registeredRoutes: { method: HTTPMethods; url: string; hidden: boolean }[]
  }
}

export default fp(
  async (fastify) => {
    const registered: FastifyInstance['registeredRoutes'] = []
    fastify.decorate('registeredRoutes', registered)
    fastify.addHook('onRoute', (route) => {
      const hidden = Boolean((route.schema as { hide?: boolean } | undefined)?.hide)
      for (const method of [route.method].flat()) registered.push({ method, url: route.url, hidden })
    })
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'ForteLeasing API',
          description:
            'Vehicle inspection reports of ForteLeasing clients: the public ForteLeasing API, plus what the portal ' +
            'and 1C need. Success: `{"status":"ok","data":{"message","code",...}}`; every error: ' +
            '`{"status":"error","data":{"message","code","errors"?}}` (`errors` on 422 only). ' +
            'For 1C developers: docs/1c-integration.md.',
          version: '1.0.0',
          license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
        },
        servers: [{ url: '/', description: 'This server' }],
        tags: [
          { name: 'auth', description: 'Sign-in of directors and employees: OTP by email, then tokens' },
          { name: 'reports', description: "The client company's reports, vehicles and video uploads (Bearer)" },
          { name: 'employees', description: "A director's employees" },
          { name: 'vehicles', description: 'Vehicle pictures and sticker printing' },
          { name: '1c', description: 'Forte staff and 1C (HTTP Basic): review, stickers, data sync' },
          { name: 'service', description: 'Health of this instance' },
          { name: 'meta', description: 'This document and its reference page' },
          { name: 'dev', description: 'Demo only: the dev mailbox (off in production)' },
        ],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /auth' },
            appBasic: { type: 'http', scheme: 'basic', description: 'Login `{BIIN}-{uuid}`, password = OTP' },
            basic1C: { type: 'http', scheme: 'basic', description: '1C / Forte staff account' },
          },
        },
      },
      transform: documentRoute,
      transformObject: documentObject,
    })
  },
  { name: 'swagger' },
)
