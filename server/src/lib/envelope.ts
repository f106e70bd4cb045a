import type { FastifyReply } from 'fastify'
import { jsonStream, jsonText, rowCount } from './json-stream.js'

/** The success envelope: `{"status":"ok","data":{"message":"success","code":200, ...payload}}`. */
function okEnvelope<T extends object>(payload: T, code = 200, message = 'success') {
  return { status: 'ok' as const, data: { message, code, ...payload } }
}

/** Sends the success envelope with `code` as the HTTP status too. */
export function sendOk<T extends object>(reply: FastifyReply, payload: T, code = 200, message = 'success') {
  return reply.code(code).send(okEnvelope(payload, code, message))
}

/** Past this many rows an answer is streamed (json-stream.ts); smaller ones go out whole, with a Content-Length. */
const STREAM_FROM_ROWS = 2_000

/**
 * `sendOk` for report lists that can be large (their rows may come as JsonRows, already JSON text):
 * a big payload is written a batch of rows at a time, with backpressure; a small one goes out whole,
 * with its length. Either way the text is what JSON.stringify would give. Routes that use it keep
 * `fastJsonSerializer`, so that the zod response schema documents them without checking each row.
 */
export function sendOkStreamed<T extends object>(reply: FastifyReply, payload: T) {
  const json = reply.code(200).type('application/json; charset=utf-8')
  const body = okEnvelope(payload)
  return json.send(rowCount(payload) < STREAM_FROM_ROWS ? jsonText(body) : jsonStream(body))
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
