import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { basic1C, bearer, DEMO_IIN, fileApi, loginDirector } from './helper.js'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4'))
const SIZE = SAMPLE.length
const SENT = '646ba713-d1d7-11ec-9405-005056aaa4ae' // company 71, status 2, the demo video

const api = fileApi()
let director: string
let otherDirector: string
beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
  otherDirector = (await loginDirector(api.url, DEMO_IIN)).access_token
})

const get = (headers: Record<string, string>, ref = SENT) => fetch(`${api.url}/reports/video/${ref}`, { headers })
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer())

describe('GET /reports/video/{ref_key}', () => {
  it('streams the whole video with its length, type, ETag and Accept-Ranges', async () => {
    const res = await get(bearer(director))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('video/mp4')
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(res.headers.get('content-length')).toBe(String(SIZE))
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/)
    expect((await bytes(res)).equals(SAMPLE)).toBe(true)
  })

  it('answers a Range with 206 and exactly those bytes (closed, open-ended, suffix)', async () => {
    const cases: [string, number, number][] = [
      ['bytes=100-199', 100, 199],
      [`bytes=${SIZE - 10}-`, SIZE - 10, SIZE - 1],
      ['bytes=-50', SIZE - 50, SIZE - 1],
      [`bytes=1000-${SIZE + 5000}`, 1000, SIZE - 1],
    ]
    for (const [range, start, end] of cases) {
      const res = await get({ ...bearer(director), range })
      expect(res.status, range).toBe(206)
      expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${SIZE}`)
      expect(res.headers.get('content-length')).toBe(String(end - start + 1))
      expect((await bytes(res)).equals(SAMPLE.subarray(start, end + 1))).toBe(true)
    }
  })

  it('answers 416 with bytes */size for a range past the end', async () => {
    const res = await get({ ...bearer(director), range: `bytes=${SIZE}-` })
    expect(res.status).toBe(416)
    expect(res.headers.get('content-range')).toBe(`bytes */${SIZE}`)
    expect(((await res.json()) as any).status).toBe('error')
  })

  it('answers 304 to If-None-Match with the current ETag, and the full video to a stale one', async () => {
    const first = await get(bearer(director))
    const etag = first.headers.get('etag')!
    await bytes(first)
    const same = await get({ ...bearer(director), 'if-none-match': etag })
    expect(same.status).toBe(304)
    expect((await bytes(same)).length).toBe(0)
    const stale = await get({ ...bearer(director), 'if-none-match': '"0000"' })
    expect(stale.status).toBe(200)
    expect((await bytes(stale)).length).toBe(SIZE)
    // If-Range with a stale validator: the whole file rather than a piece of another one.
    const ifRange = await get({ ...bearer(director), range: 'bytes=0-9', 'if-range': '"0000"' })
    expect(ifRange.status).toBe(200)
    expect((await bytes(ifRange)).length).toBe(SIZE)
  })

  it('serves 1C (Basic) too, for any company', async () => {
    const res = await get({ authorization: basic1C() })
    expect(res.status).toBe(200)
    expect((await bytes(res)).equals(SAMPLE)).toBe(true)
  })

  it("answers 404 to another company's director, and for a report without a video", async () => {
    const other = await get(bearer(otherDirector))
    expect(other.status).toBe(404)
    expect(((await other.json()) as any).data.code).toBe(404)
    const list = await fetch(`${api.url}/reports/general/filter/1/null/null`, { headers: bearer(director) })
    const due = ((await list.json()) as any).data.reports.important[0].ref_key
    const none = await get(bearer(director), due)
    expect(none.status).toBe(404)
    expect(((await none.json()) as any).data.message).toMatch(/video/i)
    expect((await get({ authorization: basic1C() }, 'no-such-report')).status).toBe(404)
  })

  it('answers 401 without credentials or with wrong 1C ones', async () => {
    expect((await get({})).status).toBe(401)
    expect((await get({ authorization: basic1C('admin_1C', 'wrong') })).status).toBe(401)
  })
})
