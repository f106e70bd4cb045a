import type { IncomingMessage, ServerResponse } from 'node:http'
import { PassThrough } from 'node:stream'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route checks its headers first and then calls `request.acceptBody()` (uploads). */
    deferContinue?: boolean
  }
  interface FastifyRequest {
    /** Sends `100 Continue` to a client that waits for it (`Expect: 100-continue`): call before reading the body. */
    acceptBody(): void
  }
}

/** api-contract.md "Big bodies and early refusals": what is read of a refused body before the connection closes. */
const DRAIN_MAX_BYTES = 80 * 1024 * 1024
const DRAIN_MAX_MS = 30_000

const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0

/**
 * Reads and discards the rest of a refused request's body, up to DRAIN_MAX_BYTES or DRAIN_MAX_MS.
 * A multipart parser may still hold the stream, paused on a part nobody reads: it is detached first.
 */
function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    let read = 0
    const done = () => {
      clearTimeout(timer)
      req.off('data', onData).off('end', done).off('close', done).off('error', done)
      resolve()
    }
    const onData = (chunk: Buffer) => {
      read += chunk.length
      if (read >= DRAIN_MAX_BYTES) done()
    }
    const timer = setTimeout(done, DRAIN_MAX_MS)
    req.on('data', onData).once('end', done).once('close', done).once('error', done)
    req.unpipe()
    req.resume()
  })
}

/**
 * Refusals that clients can read (api-contract.md "Big bodies and early refusals").
 *
 * Many clients (Python's urllib, mobile stacks, curl without `Expect`) write the whole body before they
 * read. When the server answers early and closes, the client's next write meets a reset and the answer
 * is lost. So an answer sent while the body is still arriving goes out at once with `Connection: close`,
 * but the response only ends (and the connection only closes) once the rest of the body has been read
 * and discarded, within bounds.
 *
 * `Expect: 100-continue` is honoured: Node's 'checkContinue' lets the request through without the
 * automatic `100 Continue`; it is sent before the body is parsed, or by a `deferContinue` route after its
 * own header checks. A refusal before that goes out instead of `100 Continue`, and the connection closes.
 */
export default fp(
  async (fastify) => {
    const awaitingContinue = new WeakMap<IncomingMessage, ServerResponse>()
    fastify.server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
      awaitingContinue.set(req, res)
      fastify.server.emit('request', req, res)
    })

    fastify.decorateRequest('acceptBody', function () {
      const res = awaitingContinue.get(this.raw)
      if (!res) return
      awaitingContinue.delete(this.raw)
      res.writeContinue()
    })

    fastify.addHook('preParsing', async (request, _reply, payload) => {
      if (!request.routeOptions.config?.deferContinue) request.acceptBody()
      return payload
    })

    fastify.addHook('onSend', async (request, reply, payload) => {
      const req = request.raw
      if (req.complete || !hasBody(req)) return payload
      reply.header('connection', 'close')
      // Still waiting for `100 Continue`: the client has sent nothing, the answer and the close suffice.
      if (awaitingContinue.has(req)) return payload
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
        void drain(req)
        return payload
      }
      reply.header('content-length', String(Buffer.byteLength(payload)))
      const body = new PassThrough()
      body.write(payload)
      void drain(req).then(() => body.end())
      return body
    })
  },
  { name: 'early-refusal' },
)
