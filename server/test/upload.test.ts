import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, DEMO_IIN, fileApi, loginDirector, loginEmployee } from './helper.js'
import { dueReports, rawUpload, storedVideos, uploadFields } from './upload-client.js'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4'))
const PNG = readFileSync(path.resolve(import.meta.dirname, '../seed/images/default.png'))
const MiB = 1024 * 1024
const SENT = '646ba713-d1d7-11ec-9405-005056aaa4ae' // status 2 in the demo
const APPROVED = '81578c98-d282-11ec-9405-005056aaa4ae' // status 3

const api = fileApi()
let director: string
let employee: string
let otherDirector: string
let due: string[] // company 71's reports in status 1 or 4 (each test takes its own)
let otherCompanyDue: string

const statusOf = async (refKey: string, token = director): Promise<number | undefined> => {
  const res = await fetch(`${api.url}/reports/general/filter/null/null/null`, { headers: bearer(token) })
  const body = (await res.json()) as any
  return [...body.data.reports.important, ...body.data.reports.general].find((r: any) => r.ref_key === refKey)
    ?.status_code
}
const takeDue = () => {
  const ref = due.shift()
  if (!ref) throw new Error('test needs more due reports in the demo')
  return ref
}

const videoFiles = () => storedVideos(api.config.videoDir)

const form = (fields: Record<string, string>, file?: Blob, fileFirst = false) => {
  const fd = new FormData()
  if (file && fileFirst) fd.append('file', file, 'video.mp4')
  for (const [k, v] of Object.entries(fields)) fd.append(k, v)
  if (file && !fileFirst) fd.append('file', file, 'video.mp4')
  return fd
}
const fieldsFor = uploadFields
const mp4 = () => new Blob([SAMPLE], { type: 'video/mp4' })
const upload = (body: FormData, token = director) =>
  fetch(`${api.url}/reports/upload`, { method: 'POST', headers: bearer(token), body })

/** Waits (bounded) until the server has cleaned up after an aborted request. */
async function settled(cond: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 100 && !(await cond()); i++) await new Promise((r) => setTimeout(r, 50))
}

beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
  employee = (await loginEmployee(api.url)).access_token
  otherDirector = (await loginDirector(api.url, DEMO_IIN)).access_token
  due = await dueReports(api.url, director)
  otherCompanyDue = (await dueReports(api.url, otherDirector))[0]!
})

describe('POST /reports/upload', () => {
  it('saves the video of a due report (fields first), moves it to status 2, and the video is downloadable', async () => {
    const ref = takeDue()
    const res = await upload(form(fieldsFor(ref), mp4()))
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({
      status: 'ok',
      data: { message: 'Report has been successfully saved.', code: 201 },
    })
    expect(await statusOf(ref)).toBe(2)

    const video = await fetch(`${api.url}/reports/video/${ref}`, { headers: bearer(director) })
    expect(video.status).toBe(200)
    expect(video.headers.get('content-type')).toBe('video/mp4')
    expect(Buffer.from(await video.arrayBuffer()).equals(SAMPLE)).toBe(true)
    expect(videoFiles()).toHaveLength(1)
  })

  it('accepts the file before the fields, from an employee, and keeps the reject reason of a rejected report', async () => {
    const res0 = await fetch(`${api.url}/reports/general/filter/4/null/null`, { headers: bearer(employee) })
    const rejected = ((await res0.json()) as any).data.reports.important[0]
    expect(rejected.status_code).toBe(4)
    due = due.filter((r) => r !== rejected.ref_key)
    const res = await upload(form(fieldsFor(rejected.ref_key), mp4(), true), employee)
    expect(res.status).toBe(201)
    const after = await fetch(`${api.url}/reports/general/filter/null/null/null`, { headers: bearer(director) })
    const item = [...((await after.json()) as any).data.reports.general].find(
      (r: any) => r.ref_key === rejected.ref_key,
    )
    expect(item.status_code).toBe(2)
    expect(item.reject_reason).toBe(rejected.reject_reason)
  })

  it('answers 409 for a report already sent (2) or approved (3), and changes nothing', async () => {
    const before = videoFiles().length
    for (const ref of [SENT, APPROVED]) {
      const res = await upload(form(fieldsFor(ref), mp4()))
      expect(res.status).toBe(409)
      expect(((await res.json()) as any).status).toBe('error')
    }
    expect(await statusOf(SENT)).toBe(2)
    expect(await statusOf(APPROVED)).toBe(3)
    expect(videoFiles().length).toBe(before)
  })

  it("answers 404 for another company's report, whatever the field order", async () => {
    const before = videoFiles().length
    const statusBefore = await statusOf(otherCompanyDue, otherDirector)
    for (const fileFirst of [false, true]) {
      const res = await upload(form(fieldsFor(otherCompanyDue), mp4(), fileFirst))
      expect(res.status).toBe(404)
    }
    expect(await statusOf(otherCompanyDue, otherDirector)).toBe(statusBefore)
    expect(videoFiles().length).toBe(before)
  })

  it('answers 415 for a PNG named .mp4 and sent as video/mp4, and changes nothing', async () => {
    const ref = takeDue()
    const before = videoFiles().length
    const res = await upload(form(fieldsFor(ref), new Blob([PNG], { type: 'video/mp4' })))
    expect(res.status).toBe(415)
    expect(((await res.json()) as any).data.code).toBe(415)
    expect(await statusOf(ref)).not.toBe(2)
    expect(videoFiles().length).toBe(before)
  })

  it('answers 422 with errors for bad or missing fields', async () => {
    const ref = takeDue()
    const cases: [Record<string, string>, boolean, string[]][] = [
      [fieldsFor(ref, { lat: '90.5' }), true, ['lat']],
      [fieldsFor(ref, { long: '-180.000000001' }), true, ['long']],
      [fieldsFor(ref, { lat: 'abc', time_sent: '2025-13-01 10:00:00' }), true, ['lat', 'time_sent']],
      [fieldsFor(ref, { time_sent: '12.05.2025 10:15' }), true, ['time_sent']],
      [{ time_sent: '2025-05-12 10:15:00', lat: '1', long: '2' }, true, ['ref_key']],
      [fieldsFor(ref), false, ['file']],
    ]
    for (const [fields, withFile, bad] of cases) {
      const res = await upload(form(fields, withFile ? mp4() : undefined))
      const body = (await res.json()) as any
      expect(res.status, JSON.stringify(fields)).toBe(422)
      expect(Object.keys(body.data.errors).sort()).toEqual(bad.sort())
    }
    // Bounds are inclusive, 8 decimals allowed.
    const ok = await upload(form(fieldsFor(ref, { lat: '-90', long: '180.00000000' }), mp4()))
    expect(ok.status).toBe(201)
  })

  it('answers 401 without a token', async () => {
    const res = await fetch(`${api.url}/reports/upload`, { method: 'POST', body: form(fieldsFor(SENT), mp4()) })
    expect(res.status).toBe(401)
  })

  describe('a 65 MiB file', () => {
    const bigFile = (size: number) =>
      function* () {
        const head = Buffer.alloc(64 * 1024)
        SAMPLE.copy(head, 0, 0, head.length) // a real ftyp box first: only the size is wrong
        const zeros = Buffer.alloc(64 * 1024)
        yield head
        for (let n = head.length; n < size; n += zeros.length) yield zeros.subarray(0, Math.min(zeros.length, size - n))
      }

    it('is refused with 413 from its declared length, before the server reads it', async () => {
      const ref = takeDue()
      const size = 65 * MiB
      const r = await rawUpload({
        url: api.url,
        token: director,
        fields: fieldsFor(ref),
        file: bigFile(size),
        fileSize: size,
        declareLength: true,
      })
      expect(r.status).toBe(413)
      expect(JSON.parse(r.body).data.code).toBe(413)
      // The answer came while most of the body was still unsent: the server did not read it.
      expect(r.sentWhenResponded).not.toBeNull()
      expect(r.sentWhenResponded!).toBeLessThan(r.total / 2)
      expect(await statusOf(ref)).not.toBe(2)
      expect(videoFiles()).toEqual(videoFiles().filter((f) => !f.startsWith('.incoming')))
    })

    it('is refused with 413 when streamed without a length, holding no more than a chunk in memory', async () => {
      const ref = takeDue()
      const before = videoFiles()
      const size = 65 * MiB
      const mem = () => {
        const m = process.memoryUsage()
        return m.heapUsed + m.arrayBuffers
      }
      const base = mem()
      let peak = base
      const sampled = function* () {
        for (const chunk of bigFile(size)()) {
          peak = Math.max(peak, mem())
          yield chunk
        }
      }
      const r = await rawUpload({
        url: api.url,
        token: director,
        fields: fieldsFor(ref),
        file: sampled,
        fileSize: size,
      })
      expect(r.status).toBe(413)
      // The server stops reading: it answers and closes instead of draining the rest.
      expect(r.headers.connection).toBe('close')
      // The server (same process) never held the file: a buffering server would keep ≥ 64 MiB alive;
      // streaming leaves only short-lived chunks (about 26 MiB of garbage at the peak here).
      expect(peak - base).toBeLessThan(48 * MiB)
      await settled(() => videoFiles().length === before.length)
      expect(videoFiles()).toEqual(before)
      expect(await statusOf(ref)).not.toBe(2)
    })
  })

  it('leaves no file and no change when the connection is cut mid-upload', async () => {
    const ref = takeDue()
    const before = videoFiles()
    const statusBefore = await statusOf(ref)
    const half = Math.floor(SAMPLE.length / 2)
    const r = await rawUpload({
      url: api.url,
      token: director,
      fields: fieldsFor(ref),
      file: function* () {
        for (let i = 0; i < SAMPLE.length; i += 8192) yield SAMPLE.subarray(i, i + 8192)
      },
      fileSize: SAMPLE.length,
      cutAfter: half,
    })
    expect(r.status).toBeNull()
    await settled(() => videoFiles().length === before.length)
    expect(videoFiles()).toEqual(before)
    expect(await statusOf(ref)).toBe(statusBefore)
    // The report still takes a complete upload afterwards.
    const ok = await upload(form(fieldsFor(ref), mp4()))
    expect(ok.status).toBe(201)
  })
})
