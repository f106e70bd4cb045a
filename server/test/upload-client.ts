import { existsSync, readdirSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

/**
 * A raw multipart upload over node:http, so tests control the body byte by byte: stream it from a
 * generator (with backpressure), declare a length or not, or cut the connection midway.
 */
export interface RawUploadResult {
  status: number | null
  body: string
  headers: http.IncomingHttpHeaders
  /** Bytes of body written when the response arrived (null: no response). */
  sentWhenResponded: number | null
  sent: number
  total: number
}

export interface RawUploadOptions {
  url: string
  token: string
  fields: Record<string, string>
  /** The file's bytes, produced on demand. */
  file: () => Iterable<Buffer>
  fileSize: number
  /** Send a Content-Length (else chunked). */
  declareLength?: boolean
  /** Destroy the socket once this many body bytes were written. */
  cutAfter?: number
}

export const BOUNDARY = '----forte-test-boundary-7d93'

export function multipartPieces(fields: Record<string, string>, fileSize: number) {
  const head =
    Object.entries(fields)
      .map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('') +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="video.mp4"\r\nContent-Type: video/mp4\r\n\r\n`
  const tail = `\r\n--${BOUNDARY}--\r\n`
  return {
    head: Buffer.from(head),
    tail: Buffer.from(tail),
    total: Buffer.byteLength(head) + fileSize + Buffer.byteLength(tail),
  }
}

export function rawUpload(o: RawUploadOptions): Promise<RawUploadResult> {
  const { head, tail, total } = multipartPieces(o.fields, o.fileSize)
  const u = new URL('/reports/upload', o.url)
  return new Promise((resolve) => {
    let sent = 0
    let sentWhenResponded: number | null = null
    let settled = false
    const result = (status: number | null, body: string, headers: http.IncomingHttpHeaders = {}) => {
      if (settled) return
      settled = true
      resolve({ status, body, headers, sentWhenResponded, sent, total })
    }
    const req = http.request({
      host: u.hostname,
      port: u.port,
      path: u.pathname,
      method: 'POST',
      headers: {
        authorization: `Bearer ${o.token}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        ...(o.declareLength ? { 'content-length': String(total) } : {}),
      },
    })
    req.on('response', (res) => {
      sentWhenResponded = sent
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => {
        body += c
      })
      res.on('end', () => {
        result(res.statusCode ?? null, body, res.headers)
        req.destroy()
      })
      res.on('error', () => result(res.statusCode ?? null, body, res.headers))
    })
    // After a rejection the server closes the connection: write errors are expected then.
    req.on('error', () => setTimeout(() => result(null, ''), 200))

    const pieces = (function* () {
      yield head
      yield* o.file()
      yield tail
    })()
    const pump = () => {
      for (;;) {
        if (settled || req.destroyed || sentWhenResponded !== null) return
        if (o.cutAfter !== undefined && sent >= o.cutAfter) {
          req.destroy()
          return result(null, '')
        }
        const next = pieces.next()
        if (next.done) return void req.end()
        sent += next.value.length
        if (!req.write(next.value)) return void req.once('drain', pump)
      }
    }
    pump()
  })
}

/** The ref_keys of the company's reports that take a video (due or rejected), as the caller sees them. */
export async function dueReports(url: string, token: string): Promise<string[]> {
  const res = await fetch(`${url}/reports/general/filter/null/null/null`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return ((await res.json()) as any).data.reports.important.map((r: any) => r.ref_key as string)
}

/** Valid text fields of an upload for `ref_key`. */
export const uploadFields = (ref_key: string, extra: Record<string, string> = {}) => ({
  ref_key,
  time_sent: '2025-05-12 10:15:00',
  lat: '43.23894900',
  long: '76.88970900',
  ...extra,
})

/** A `/reports/upload` form: the fields, then the file (as a client sends it). */
export function videoForm(fields: Record<string, string>, video: Uint8Array<ArrayBuffer>): FormData {
  const fd = new FormData()
  for (const [k, v] of Object.entries(fields)) fd.append(k, v)
  fd.append('file', new Blob([video], { type: 'video/mp4' }), 'video.mp4')
  return fd
}

/**
 * The uploaded videos in `videoDir` (paths relative to it, sorted): every file but the demo's shared
 * sample and what the media pipeline derives (`.media/`, written whenever its worker gets to it).
 */
export function storedVideos(videoDir: string): string[] {
  if (!existsSync(videoDir)) return []
  return readdirSync(videoDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(videoDir, path.join(e.parentPath, e.name)))
    .filter((f) => f !== path.join('demo', 'sample.mp4') && !f.startsWith('.media'))
    .sort()
}
