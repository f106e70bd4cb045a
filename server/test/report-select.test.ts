import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, DEMO_IIN, fileApi, loginDirector, loginEmployee } from './helper.js'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4'))
const SENT = '646ba713-d1d7-11ec-9405-005056aaa4ae' // company 71, status 2, with a demo submission

const api = fileApi()
let director: string
let employee: string
let otherDirector: string
beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
  employee = (await loginEmployee(api.url)).access_token
  otherDirector = (await loginDirector(api.url, DEMO_IIN)).access_token
})

const select = (token: string | undefined, ref: string) =>
  fetch(`${api.url}/reports/select/${encodeURIComponent(ref)}`, { headers: token ? bearer(token) : {} })

/** Every report item of the caller's company, as /reports/general/filter gives them. */
async function listed(token: string): Promise<any[]> {
  const body = (await (await fetch(`${api.url}/reports/general/filter`, { headers: bearer(token) })).json()) as any
  return [...body.data.reports.important, ...body.data.reports.general]
}

describe('GET /reports/select/{ref_key}', () => {
  it('gives a sent report: the same item as the general filter, its latest submission and its type', async () => {
    const res = await select(director, SENT)
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body.status).toBe('ok')
    expect(body.data.code).toBe(200)
    const item = (await listed(director)).find((r) => r.ref_key === SENT)
    expect(body.data.report).toEqual(item)
    expect(body.data.report.status_code).toBe(2)
    const s = body.data.submission
    expect(s.time_sent).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(s.lat).toBeGreaterThan(43)
    expect(s.long).toBeGreaterThan(76)
    expect(Number.isNaN(Date.parse(s.uploaded_at))).toBe(false)
    const type = body.data.info.by_vehicle_type_code[item.vehicle_type_code]
    expect(type.vehicle_type_title).not.toBe('')
    expect(Object.keys(body.data.info.by_vehicle_type_code)).toEqual([item.vehicle_type_code])
  })

  it('gives submission null for a due report, and the newest submission once a video is uploaded', async () => {
    const due = (await listed(otherDirector)).find((r) => r.status_code === 1)
    expect(due).toBeDefined()
    const before = (await (await select(otherDirector, due.ref_key)).json()) as any
    expect(before.data.report.ref_key).toBe(due.ref_key)
    expect(before.data.submission).toBeNull()

    const form = new FormData()
    form.set('ref_key', due.ref_key)
    form.set('time_sent', '2024-05-01 10:20:30')
    form.set('lat', '43.238949')
    form.set('long', '76.889709')
    form.set('file', new Blob([SAMPLE], { type: 'video/mp4' }), 'clip.mp4')
    const up = await fetch(`${api.url}/reports/upload`, { method: 'POST', headers: bearer(otherDirector), body: form })
    expect(up.status).toBe(201)

    const after = (await (await select(otherDirector, due.ref_key)).json()) as any
    expect(after.data.report.status_code).toBe(2)
    expect(after.data.submission).toMatchObject({ time_sent: '2024-05-01 10:20:30', lat: 43.238949, long: 76.889709 })
  })

  it('serves an employee within the company', async () => {
    const res = await select(employee, SENT)
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).data.submission).not.toBeNull()
  })

  it("answers 404 for another company's report and for an unknown ref_key", async () => {
    const foreign = (await listed(otherDirector))[0]
    for (const [token, ref] of [
      [director, foreign.ref_key],
      [employee, foreign.ref_key],
      [otherDirector, SENT],
      [director, 'no-such-report'],
    ]) {
      const res = await select(token, ref)
      expect(res.status, ref).toBe(404)
      const body = (await res.json()) as any
      expect(body).toEqual({ status: 'error', data: { message: 'Report not found.', code: 404 } })
    }
  })

  it('answers 401 without a token or with a bad one', async () => {
    for (const token of [undefined, 'not-a-jwt']) {
      const res = await select(token, SENT)
      expect(res.status).toBe(401)
      expect(((await res.json()) as any).status).toBe('error')
    }
  })

  it('is described in /openapi.json', async () => {
    const doc = (await (await fetch(`${api.url}/openapi.json`)).json()) as any
    const op = doc.paths['/reports/select/{ref_key}']?.get
    expect(op).toBeDefined()
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '401', '404']))
  })
})
