import { once } from 'node:events'
import net from 'node:net'

/**
 * A client as blunt as Python's urllib or many mobile stacks: it writes the whole request (headers,
 * then every body byte) before it reads a single byte of the answer. Over a plain `net.Socket`, so
 * nothing in between reads early or retries.
 */
export interface RawResponse {
  /** Final status (interim `100 Continue` answers are listed in `interim`), or null when none could be read. */
  status: number | null
  headers: Record<string, string>
  body: string
  interim: number[]
  /** Body bytes written before the connection refused more (all of them when `writeError` is null). */
  written: number
  writeError: string | null
  readError: string | null
}

export interface RawRequest {
  url: string
  method?: string
  path: string
  headers: Record<string, string>
  /** The body's chunks, produced on demand (nothing is held whole). */
  body?: Iterable<Buffer>
}

/** Splits `HTTP/1.1 ...` answers (interim ones first) out of the raw bytes read. */
function parseResponses(raw: Buffer): Pick<RawResponse, 'status' | 'headers' | 'body' | 'interim'> {
  const interim: number[] = []
  let rest = raw
  for (;;) {
    const end = rest.indexOf('\r\n\r\n')
    if (end < 0) return { status: null, headers: {}, body: '', interim }
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n')
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1])
    rest = rest.subarray(end + 4)
    if (status >= 100 && status < 200) {
      interim.push(status)
      continue
    }
    const headers: Record<string, string> = {}
    for (const l of lines) {
      const i = l.indexOf(':')
      headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim()
    }
    const length = Number(headers['content-length'] ?? rest.length)
    return { status: status || null, headers, body: rest.subarray(0, length).toString('utf8'), interim }
  }
}

/** Connects, writes the request head and the whole body, and only then reads the answer until the server closes. */
export async function writeAllThenRead(req: RawRequest): Promise<RawResponse> {
  const u = new URL(req.url)
  const socket = net.connect(Number(u.port), u.hostname)
  socket.pause() // read nothing until the whole body is written
  let writeError: string | null = null
  let readError: string | null = null
  socket.on('error', (e: NodeJS.ErrnoException) => {
    if (writeError === null && readError === null) writeError = e.code ?? e.message
  })
  await once(socket, 'connect')

  const head =
    `${req.method ?? 'POST'} ${req.path} HTTP/1.1\r\nHost: ${u.host}\r\n` +
    Object.entries(req.headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('') +
    '\r\n'
  let written = 0
  const drained = () =>
    new Promise<void>((resolve) => {
      const go = () => {
        socket.off('drain', go).off('close', go)
        resolve()
      }
      socket.on('drain', go).on('close', go)
    })
  const write = async (chunk: Buffer | string) => {
    if (socket.destroyed) return false
    if (!socket.write(chunk)) await drained()
    return !socket.destroyed
  }
  if (await write(head)) {
    for (const chunk of req.body ?? []) {
      if (!(await write(chunk))) break
      written += chunk.length
    }
  }

  // Read until the final answer is complete (a kept-alive connection stays open) or the server closes.
  const chunks: Buffer[] = []
  if (!socket.destroyed) {
    socket.removeAllListeners('error')
    socket.on('error', (e: NodeJS.ErrnoException) => (readError = e.code ?? e.message))
    await new Promise<void>((resolve) => {
      socket.on('data', (c: Buffer) => {
        chunks.push(c)
        const r = parseResponses(Buffer.concat(chunks))
        if (r.status !== null && Buffer.byteLength(r.body) >= Number(r.headers['content-length'] ?? Infinity)) resolve()
      })
      socket.once('close', () => resolve())
      socket.resume()
    })
    socket.destroy()
  }
  return { ...parseResponses(Buffer.concat(chunks)), written, writeError, readError }
}

/**
 * Sends only the head of a request that says `Expect: 100-continue`, then reads: the first answer and
 * whether the server closed the connection after it (it must, when it refused instead of continuing).
 */
export async function expectContinue(
  req: Omit<RawRequest, 'body'>,
): Promise<{ firstStatus: number | null; response: string; closed: boolean }> {
  const u = new URL(req.url)
  const socket = net.connect(Number(u.port), u.hostname)
  socket.on('error', () => {})
  await once(socket, 'connect')
  socket.write(
    `${req.method ?? 'POST'} ${req.path} HTTP/1.1\r\nHost: ${u.host}\r\nExpect: 100-continue\r\n` +
      Object.entries(req.headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('') +
      '\r\n',
  )
  let text = ''
  const closed = new Promise<boolean>((resolve) => socket.once('close', () => resolve(true)))
  const first = await new Promise<string>((resolve) =>
    socket.on('data', (c: Buffer) => {
      text += c.toString('latin1')
      if (text.includes('\r\n\r\n')) resolve(text)
    }),
  )
  const firstStatus = Number(/^HTTP\/1\.1 (\d{3})/.exec(first)?.[1]) || null
  // After `100 Continue` the server waits for the body: end our side and let it answer.
  if (firstStatus === 100) {
    socket.destroy()
    return { firstStatus, response: text, closed: true }
  }
  const wasClosed = await closed
  return { firstStatus, response: text, closed: wasClosed }
}
