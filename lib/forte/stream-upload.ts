import 'server-only'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { apiBaseUrl, apiHeaders, type RequestOptions } from './client'
import { deadline } from './deadline'
import { connectionFailure } from './errors'

/**
 * How much of an upload the portal holds at once on its way to the API: the browser's body is read
 * only as fast as the API takes it (a fixed high-water mark on the reading side, the socket's own
 * on the writing side, backpressure honoured by pipeline),
 * so a 64 MiB video costs the portal a few of these, not the file.
 */
const UPLOAD_BUFFER_BYTES = 64 * 1024

/** The API's answer (small JSON) read whole, as a web Response for throwForStatus and friends. */
async function toResponse(res: IncomingMessage): Promise<Response> {
  const chunks: Buffer[] = []
  for await (const c of res) chunks.push(c as Buffer)
  const headers = new Headers()
  for (const [k, v] of Object.entries(res.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v)
  return new Response(Buffer.concat(chunks), { status: res.statusCode ?? 502, headers })
}

/**
 * POST a streamed body (a video upload) to the API through node:http rather than fetch: the body
 * goes out at the pace the API reads it, with a bounded buffer. Errors as `forteFetch` gives them:
 * unreachable → ForteUnavailableError, past `timeoutMs` → ForteTimeoutError.
 */
export function forteStreamPost(
  path: string,
  body: ReadableStream<Uint8Array>,
  opts: Pick<RequestOptions, 'auth' | 'headers' | 'forwardedFor'> & { timeoutMs: number },
): Promise<Response> {
  const url = new URL(`${apiBaseUrl()}${path}`)
  const headers = Object.fromEntries(apiHeaders(opts))
  const due = deadline(opts.timeoutMs)
  const source = Readable.fromWeb(body as import('node:stream/web').ReadableStream, {
    highWaterMark: UPLOAD_BUFFER_BYTES,
  })
  return new Promise<Response>((resolve, reject) => {
    const fail = (e: unknown) => {
      due.clear()
      source.destroy()
      reject(connectionFailure(e))
    }
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      headers,
      signal: due.signal,
    })
    // The API may answer before it has read everything (a refusal): its answer wins over the broken pipe.
    req.once('response', (res) => {
      toResponse(res).then((answer) => {
        due.clear()
        resolve(answer)
      }, fail)
    })
    req.once('error', fail)
    pipeline(source, req).catch(() => {
      // Reported through req's 'error' or made moot by the answer; a browser that went away ends here too.
      if (!req.destroyed) req.destroy()
    })
  })
}
