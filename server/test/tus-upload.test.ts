import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, DEMO_IIN, fileApi, loginDirector, loginEmployee, startApi, type StartedApi } from './helper.js'
import { dueReports, storedVideos, uploadFields } from './upload-client.js'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4'))
const PNG = readFileSync(path.resolve(import.meta.dirname, '../seed/images/default.png'))
const MiB = 1024 * 1024
const TUS = { 'tus-resumable': '1.0.0' }

const metadata = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',')

/** POST /uploads/: a new upload of `length` bytes for `fields`. */
const create = (url: string, token: string, length: number, fields: Record<string, string>) =>
  fetch(`${url}/uploads/`, {
    method: 'POST',
    headers: { ...bearer(token), ...TUS, 'upload-length': String(length), 'upload-metadata': metadata(fields) },
  })

const patch = (location: string, token: string, offset: number, bytes: Buffer) =>
  fetch(location, {
    method: 'PATCH',
    headers: {
      ...bearer(token),
      ...TUS,
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    },
    body: new Uint8Array(bytes),
  })

const head = (location: string, token: string) =>
  fetch(location, { method: 'HEAD', headers: { ...bearer(token), ...TUS } })

/** A PATCH whose connection is destroyed after `cutAfter` of its bytes were written (a dropped network). */
function cutPatch(location: string, token: string, bytes: Buffer, cutAfter: number): Promise<void> {
  const u = new URL(location)
  return new Promise((resolve) => {
    const req = http.request({
      host: u.hostname,
      port: u.port,
      path: u.pathname,
      method: 'PATCH',
      headers: {
        ...bearer(token),
        ...TUS,
        'upload-offset': '0',
        'content-type': 'application/offset+octet-stream',
        'content-length': String(bytes.length),
      },
    })
    req.on('error', () => resolve())
    req.on('close', () => resolve())
    req.write(bytes.subarray(0, cutAfter), () => setTimeout(() => req.destroy(), 200))
  })
}

/** Bounded wait for a condition the server reaches on its own (a cut request's cleanup, the expiry sweep). */
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, tries = 150): Promise<T> {
  let v = await probe()
  for (let i = 0; i < tries && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 100))
    v = await probe()
  }
  return v
}

const api = fileApi()
let director: string
let due: string[]

const statusOf = async (refKey: string): Promise<number | undefined> => {
  const res = await fetch(`${api.url}/reports/general/filter/null/null/null`, { headers: bearer(director) })
  const body = (await res.json()) as any
  return [...body.data.reports.important, ...body.data.reports.general].find((r: any) => r.ref_key === refKey)
    ?.status_code
}
const takeDue = () => due.shift()!
const resumable = () => storedVideos(api.config.videoDir).filter((f) => f.startsWith('.resumable'))
const committed = () => storedVideos(api.config.videoDir).filter((f) => f.startsWith('reports'))

beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
  due = await dueReports(api.url, director)
})

describe('tus uploads at /uploads/', () => {
  it('a PATCH cut mid-way resumes from the offset the server kept, and commits exactly once', async () => {
    const ref = takeDue()
    const before = committed().length
    const created = await create(api.url, director, SAMPLE.length, { ...uploadFields(ref), filename: 'clip.mp4' })
    expect(created.status).toBe(201)
    const location = created.headers.get('location')!
    expect(location).toMatch(/\/uploads\/[0-9a-f]{32}$/)
    expect(created.headers.get('upload-expires')).toBeTruthy()

    const half = Math.floor(SAMPLE.length / 2)
    await cutPatch(location, director, SAMPLE, half)
    const offsetRes = await eventually(
      () => head(location, director),
      (r) => r.status === 200 && Number(r.headers.get('upload-offset')) > 0,
    )
    const offset = Number(offsetRes.headers.get('upload-offset'))
    expect(offset).toBeGreaterThan(0)
    expect(offset).toBeLessThanOrEqual(half)
    expect(await statusOf(ref)).not.toBe(2)

    const done = await patch(location, director, offset, SAMPLE.subarray(offset))
    expect(done.status).toBe(204)
    expect(done.headers.get('forte-report-status')).toBe('2')
    expect(await statusOf(ref)).toBe(2)
    expect(committed().length).toBe(before + 1)
    expect(resumable()).toEqual([])

    // The same bytes again change nothing: the upload is gone once committed.
    const again = await patch(location, director, offset, SAMPLE.subarray(offset))
    expect(again.status).toBe(404)
    expect(committed().length).toBe(before + 1)
    const sel = (await (await fetch(`${api.url}/reports/select/${ref}`, { headers: bearer(director) })).json()) as any
    expect(sel.data.submission.size).toBe(SAMPLE.length)
  })

  it('a PNG is refused on its last byte with the 415 envelope, and its partial file is removed', async () => {
    const ref = takeDue()
    const created = await create(api.url, director, PNG.length, uploadFields(ref))
    expect(created.status).toBe(201)
    const location = created.headers.get('location')!
    const res = await patch(location, director, 0, PNG)
    expect(res.status).toBe(415)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    expect(await res.json()).toEqual({
      status: 'error',
      data: { code: 415, message: 'The file is not an MP4 video.' },
    })
    expect(resumable()).toEqual([])
    expect((await head(location, director)).status).toBe(404)
    expect(await statusOf(ref)).not.toBe(2)
  })

  it('refuses at creation a size over 64 MiB, bad fields, and reports that are not the caller company’s', async () => {
    const ref = due[0]!
    const big = await create(api.url, director, 64 * MiB + 1, uploadFields(ref))
    expect(big.status).toBe(413)
    expect(((await big.json()) as any).data.code).toBe(413)
    expect((await create(api.url, director, 64 * MiB, uploadFields(ref))).status).toBe(201)

    const bad = await create(api.url, director, 1000, uploadFields(ref, { lat: '91', time_sent: 'yesterday' }))
    expect(bad.status).toBe(422)
    expect(Object.keys(((await bad.json()) as any).data.errors).sort()).toEqual(['lat', 'time_sent'])

    const other = await loginDirector(api.url, DEMO_IIN)
    const otherRef = (await dueReports(api.url, other.access_token))[0]!
    expect((await create(api.url, director, 1000, uploadFields(otherRef))).status).toBe(404)
    const sent = await create(api.url, director, 1000, uploadFields('646ba713-d1d7-11ec-9405-005056aaa4ae'))
    expect(sent.status).toBe(409)

    const anon = await fetch(`${api.url}/uploads/`, {
      method: 'POST',
      headers: { ...TUS, 'upload-length': '1000', 'upload-metadata': metadata(uploadFields(ref)) },
    })
    expect(anon.status).toBe(401)
  })

  it("another user's upload is not found, and its owner may terminate it", async () => {
    const ref = due[0]!
    const created = await create(api.url, director, SAMPLE.length, uploadFields(ref))
    const location = created.headers.get('location')!
    const employee = (await loginEmployee(api.url)).access_token
    expect((await head(location, employee)).status).toBe(404)
    expect((await patch(location, employee, 0, SAMPLE)).status).toBe(404)
    const gone = await fetch(location, { method: 'DELETE', headers: { ...bearer(director), ...TUS } })
    expect(gone.status).toBe(204)
    expect((await head(location, director)).status).toBe(404)
  })
})

describe('expiry', () => {
  let short: StartedApi
  beforeAll(async () => {
    short = await startApi({ uploadExpiryS: 1 })
  })
  afterAll(async () => {
    await short?.close()
  })

  it('an unfinished upload is removed after UPLOAD_EXPIRY_S', async () => {
    const token = (await loginDirector(short.url)).access_token
    const ref = (await dueReports(short.url, token))[0]!
    const created = await create(short.url, token, SAMPLE.length, uploadFields(ref))
    const location = created.headers.get('location')!
    const half = Math.floor(SAMPLE.length / 2)
    expect((await patch(location, token, 0, SAMPLE.subarray(0, half))).status).toBe(204)
    const files = () => storedVideos(short.config.videoDir).filter((f) => f.startsWith('.resumable'))
    expect(files().length).toBeGreaterThan(0)
    const left = await eventually(
      async () => files(),
      (f) => f.length === 0,
    )
    expect(left).toEqual([])
    expect([404, 410]).toContain((await head(location, token)).status)
    expect((await patch(location, token, half, SAMPLE.subarray(half))).status).not.toBe(204)
  })
})
