import type { FastifyError } from 'fastify'
import fp from 'fastify-plugin'
import { errorEnvelope } from '../../lib/envelope.js'
import { ApiError } from '../../lib/errors.js'
import { NOT_FOUND_CEILING } from '../external/rate-limit.js'

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'Malformed JSON body.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'Empty JSON body.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'Invalid Content-Length.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'Request body is too large.'],
  FST_REQ_FILE_TOO_LARGE: [413, 'File is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Unsupported media type.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'Expected multipart/form-data.'],
}

/** zod issues (as fastify validation entries) → `{field: why}`. */
function fieldErrors(err: FastifyError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const v of err.validation ?? []) {
    const p = (v as { params?: { issue?: { path?: unknown[] } } }).params?.issue?.path
    const field =
      Array.isArray(p) && p.length
        ? p.join('.')
        : (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.') || err.validationContext || 'request'
    out[field] ??= v.message ?? 'Invalid value.'
  }
  return out
}

/**
 * One error envelope for everything (api-contract.md "Conventions"): `{"status":"error","data":{message,code,errors?}}`.
 * Never a stack trace: 5xx messages are replaced, the details go to the log. Every 5xx is logged at
 * error level; the request logger adds `reqId`, which the answer carries as `x-request-id`.
 * @see https://github.com/fastify/demo/blob/main/src/app.ts
 */
export default fp(
  async (fastify) => {
    fastify.setErrorHandler((err: FastifyError, request, reply) => {
      // Support can find the log line of any failure a client reports.
      reply.header('x-request-id', request.id)
      if (err instanceof ApiError) {
        // Our own 5xx (storage or database down) names the part; the log keeps the cause.
        if (err.statusCode >= 500) request.log.error({ err, url: request.url, method: request.method }, err.message)
        if (err.headers) reply.headers(err.headers)
        return reply.code(err.statusCode).send(errorEnvelope(err.statusCode, err.message, err.errors))
      }
      if (err.validation) {
        return reply.code(422).send(errorEnvelope(422, 'Validation failed.', fieldErrors(err)))
      }
      const known = err.code ? FASTIFY_CODES[err.code] : undefined
      if (known) return reply.code(known[0]).send(errorEnvelope(known[0], known[1]))

      const status =
        typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500
      if (status >= 500) {
        request.log.error({ err, url: request.url, method: request.method }, 'request failed')
        return reply
          .code(status)
          .send(errorEnvelope(status, status === 503 ? 'Service unavailable.' : 'Internal server error.'))
      }
      request.log.info({ err: err.message, code: err.code }, 'client error')
      return reply.code(status).send(errorEnvelope(status, err.message || 'Request failed.'))
    })

    // Unknown URLs are what scanners try: a per-IP ceiling keeps them cheap.
    fastify.setNotFoundHandler({ preHandler: fastify.rateLimit(NOT_FOUND_CEILING) }, (request, reply) => {
      reply.code(404).send(errorEnvelope(404, `Route ${request.method} ${request.url.split('?')[0]} not found.`))
    })
  },
  { name: 'error-handler', dependencies: ['rate-limit'] },
)
