import type { FastifyReply } from 'fastify'

/** The success envelope: `{"status":"ok","data":{"message":"success","code":200, ...payload}}`. */
function okEnvelope<T extends object>(payload: T, code = 200, message = 'success') {
  return { status: 'ok' as const, data: { message, code, ...payload } }
}

/** Sends the success envelope with `code` as the HTTP status too. */
export function sendOk<T extends object>(reply: FastifyReply, payload: T, code = 200, message = 'success') {
  return reply.code(code).send(okEnvelope(payload, code, message))
}

export function errorEnvelope(code: number, message: string, errors?: Record<string, string>) {
  return { status: 'error' as const, data: errors ? { message, code, errors } : { message, code } }
}

/**
 * Route option for big, already-typed payloads (report lists): plain JSON.stringify instead of the
 * zod response check, which costs as much as the query on 100k rows. The zod schema still documents
 * the route in /openapi.json, and the tests compare the payload with the seed's shape.
 */
export const fastJsonSerializer = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) }
