import { execFile, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, DEMO_IIN, fileApi, loginDirector } from './helper.js'
import { expectContinue, type RawResponse, writeAllThenRead } from './raw-http.js'
import { BOUNDARY, dueReports, multipartPieces, storedVideos, uploadFields } from './upload-client.js'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4'))
const MiB = 1024 * 1024
const SENT = '646ba713-d1d7-11ec-9405-005056aaa4ae' // status 2 in the demo

const api = fileApi()
let director: string
let otherDirector: string
let due: string[]
let otherCompanyDue: string

/** A file that starts like a real MP4 (only its size may be wrong), produced chunk by chunk. */
function* mp4Body(size: number) {
  const head = SAMPLE.subarray(0, Math.min(64 * 1024, size))
  yield head
  const zeros = Buffer.alloc(256 * 1024)
  for (let n = head.length; n < size; n += zeros.length) yield zeros.subarray(0, Math.min(zeros.length, size - n))
}

/** A whole multipart upload (fields first, then a `fileSize` file), written before anything is read. */
function rawUpload(o: { ref: string; fileSize: number; token?: string; chunked?: boolean }): Promise<RawResponse> {
  const { head, tail, total } = multipartPieces(uploadFields(o.ref), o.fileSize)
  const body = function* () {
    yield head
    yield* mp4Body(o.fileSize)
    yield tail
  }
  const chunked = function* () {
    for (const c of body()) yield Buffer.concat([Buffer.from(`${c.length.toString(16)}\r\n`), c, Buffer.from('\r\n')])
    yield Buffer.from('0\r\n\r\n')
  }
  return writeAllThenRead({
    url: api.url,
    path: '/reports/upload',
    headers: {
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      ...(o.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(total) }),
    },
    body: o.chunked ? chunked() : body(),
  })
}

const statusOf = async (refKey: string, token = director): Promise<number | undefined> => {
  const res = await fetch(`${api.url}/reports/general/filter/null/null/null`, { headers: bearer(token) })
  const body = (await res.json()) as any
  return [...body.data.reports.important, ...body.data.reports.general].find((r: any) => r.ref_key === refKey)
    ?.status_code
}
const uploadedFiles = () => storedVideos(api.config.videoDir)

/** The answer was read whole, as the contract's error envelope, and the server closed the connection. */
function expectEnvelope(r: RawResponse, code: number) {
  expect(r.status, JSON.stringify(r)).toBe(code)
  expect(r.headers.connection).toBe('close')
  expect(JSON.parse(r.body)).toEqual({ status: 'error', data: { message: expect.any(String), code } })
}

beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
  otherDirector = (await loginDirector(api.url, DEMO_IIN)).access_token
  due = await dueReports(api.url, director)
  otherCompanyDue = (await dueReports(api.url, otherDirector))[0]!
})

describe('refusals reach a client that writes its whole body before reading', () => {
  it('a 65 MiB upload gets the 413 envelope; nothing is saved', async () => {
    const ref = due[0]!
    const r = await rawUpload({ ref, fileSize: 65 * MiB, token: director })
    expectEnvelope(r, 413)
    expect(r.writeError).toBeNull()
    expect(await statusOf(ref)).not.toBe(2)
    expect(uploadedFiles()).toEqual([])
  })

  it('a 65 MiB upload sent chunked (no length) gets the 413 envelope too', async () => {
    const ref = due[0]!
    const r = await rawUpload({ ref, fileSize: 65 * MiB, token: director, chunked: true })
    expectEnvelope(r, 413)
    expect(await statusOf(ref)).not.toBe(2)
    expect(uploadedFiles()).toEqual([])
  })

  it('a 5 MB upload to an already sent report gets the 409 envelope', async () => {
    const r = await rawUpload({ ref: SENT, fileSize: 5_000_000, token: director })
    expectEnvelope(r, 409)
    expect(await statusOf(SENT)).toBe(2)
    expect(uploadedFiles()).toEqual([])
  })

  it("a 5 MB upload to another company's report gets the 404 envelope", async () => {
    const before = await statusOf(otherCompanyDue, otherDirector)
    const r = await rawUpload({ ref: otherCompanyDue, fileSize: 5_000_000, token: director })
    expectEnvelope(r, 404)
    expect(await statusOf(otherCompanyDue, otherDirector)).toBe(before)
    expect(uploadedFiles()).toEqual([])
  })

  it('a 5 MB upload without a token gets the 401 envelope', async () => {
    const r = await rawUpload({ ref: due[0]!, fileSize: 5_000_000 })
    expectEnvelope(r, 401)
  })

  it('the same client still gets its 201 for a good upload', async () => {
    const ref = due.pop()!
    const r = await rawUpload({ ref, fileSize: SAMPLE.length, token: director })
    expect(r.status, r.body).toBe(201)
    expect(await statusOf(ref)).toBe(2)
  })

  it('stops reading a refused body after 80 MiB and closes', async () => {
    // 120 MiB chunked to a refused upload: the answer arrives, then the server closes before the end.
    const r = await writeAllThenRead({
      url: api.url,
      path: '/reports/upload',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'transfer-encoding': 'chunked' },
      body: (function* () {
        const chunk = Buffer.alloc(MiB, 0x61)
        const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
        for (let i = 0; i < 120; i++) yield framed
      })(),
    })
    expect(r.writeError).not.toBeNull()
    expect(r.written).toBeLessThan(120 * (MiB + 16))
    expect(r.written).toBeGreaterThanOrEqual(80 * MiB)
  })
})

describe('Expect: 100-continue', () => {
  const uploadHead = (token: string | null, length: number) => ({
    url: api.url,
    path: '/reports/upload',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      'content-length': String(length),
    },
  })

  it('gets the refusal instead of 100 Continue, without sending the body, and the connection closes', async () => {
    for (const [token, length, code] of [
      [null, 5_000_000, 401],
      ['director', 65 * MiB + 1024 * 1024, 413],
    ] as const) {
      const r = await expectContinue(uploadHead(token && director, length))
      expect(r.firstStatus, r.response).toBe(code)
      expect(r.response).toMatch(/connection: close/i)
      expect(r.response).toContain(`"code":${code}`)
      expect(r.closed).toBe(true)
    }
  })

  it('gets 100 Continue when the headers pass, and the upload then succeeds', async () => {
    const r = await expectContinue(uploadHead(director, 1000))
    expect(r.firstStatus).toBe(100)
    // curl sends `Expect: 100-continue` for bodies over 1 MiB: the whole exchange works.
    const ref = due.pop()!
    const { head, tail } = multipartPieces(uploadFields(ref), SAMPLE.length)
    const res = await fetch(`${api.url}/reports/upload`, {
      method: 'POST',
      headers: { ...bearer(director), 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: Buffer.concat([head, SAMPLE, tail]),
    })
    expect(res.status).toBe(201)
  })

  it('a JSON route gets 100 Continue before its body is read', async () => {
    const r = await expectContinue({
      url: api.url,
      path: `/biin/200940026146`,
      headers: { 'content-type': 'application/json', 'content-length': '40' },
    })
    expect(r.firstStatus).toBe(100)
  })
})

const python = spawnSync('python3', ['--version']).status === 0

describe.skipIf(!python)("Python's urllib (writes the whole body, then reads)", () => {
  const script = `
import json, sys, urllib.request, urllib.error
url, token, ref, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
b = '${BOUNDARY}'
head = ''.join(f'--{b}\\r\\nContent-Disposition: form-data; name="{k}"\\r\\n\\r\\n{v}\\r\\n' for k, v in
  [('ref_key', ref), ('time_sent', '2025-05-12 10:15:00'), ('lat', '43.2'), ('long', '76.8')])
head += f'--{b}\\r\\nContent-Disposition: form-data; name="file"; filename="v.mp4"\\r\\nContent-Type: video/mp4\\r\\n\\r\\n'
sample = open(sys.argv[5], 'rb').read()
body = head.encode() + sample[:4096] + bytes(size - 4096) + f'\\r\\n--{b}--\\r\\n'.encode()
req = urllib.request.Request(url + '/reports/upload', data=body, method='POST',
  headers={'Authorization': 'Bearer ' + token, 'Content-Type': 'multipart/form-data; boundary=' + b})
try:
  urllib.request.urlopen(req)
  print(json.dumps({'status': 201}))
except urllib.error.HTTPError as e:
  print(json.dumps({'status': e.code, 'body': json.loads(e.read())}))
`
  // Asynchronously: the API runs in this very process.
  const urllib = async (ref: string, size: number) => {
    const sample = path.resolve(import.meta.dirname, '../seed/sample.mp4')
    const args = ['-c', script, api.url, director, ref, String(size), sample]
    return JSON.parse((await promisify(execFile)('python3', args, { maxBuffer: 1 << 20 })).stdout)
  }

  it('reads the 413 of a 65 MiB upload and the 409 of a sent report', async () => {
    const big = await urllib(due[0]!, 65 * MiB)
    expect(big).toMatchObject({ status: 413, body: { status: 'error', data: { code: 413 } } })
    const sent = await urllib(SENT, 5_000_000)
    expect(sent).toMatchObject({ status: 409, body: { status: 'error', data: { code: 409 } } })
  })
})
