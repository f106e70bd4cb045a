import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'

/**
 * Only what the page loads from this server: Swagger UI's own script and styles, the document, and
 * "Try it out" requests to this API. No CDN (the machines that read it may have no internet).
 */
const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * GET /docs: the interactive API reference, rendered from the same document as /openapi.json, with the
 * seed's examples. Its assets are served from the package itself; the CSP applies to these routes only.
 * @see https://github.com/fastify/fastify-swagger-ui
 */
export default fp(
  async (fastify) => {
    await fastify.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: DOCS_CSP,
      // BaseLayout: no top bar (its logo carries an inline <style>, and its URL box would load other documents).
      uiConfig: {
        layout: 'BaseLayout',
        deepLinking: true,
        docExpansion: 'list',
        defaultModelsExpandDepth: 0,
        displayOperationId: true,
      },
      theme: { title: 'ForteLeasing API reference' },
    })
  },
  { name: 'swagger-ui', dependencies: ['swagger'] },
)
