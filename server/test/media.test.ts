import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { moovFirst } from '../src/lib/mp4-boxes.js'
import { basic1C, bearer, DEMO_IIN, loginDirector, startApi, type StartedApi } from './helper.js'
import {
  almatyNow,
  dueReports,
  ffprobeJson,
  makeVideo,
  processedSubmission,
  sha256,
  uploadVideo,
} from './media-support.js'

let api: StartedApi
let director: string
let otherDirector: string
let due: { ref_key: string; vehicle_guid: string }[]
let dir: string
let base: string // a plain 12 s video; each test re-tags it so its bytes are its own
const take = () => {
  const r = due.shift()
  if (!r) throw new Error('the test needs more due reports in the demo')
  return r.ref_key
}
const codes = (sub: any) => sub.signals.map((s: any) => s.code)
const get = (p: string, auth = basic1C()) => fetch(`${api.url}${p}`, { headers: { authorization: auth } })
/** The base video with new bytes (a metadata tag), same picture. */
const variant = (tag: string) => makeVideo(dir, `${tag}.mp4`, { seconds: 12, width: 320, height: 240, tag })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'forte-media-'))
  ;[api, base] = await Promise.all([startApi(), makeVideo(dir, 'base.mp4', { seconds: 12, width: 320, height: 240 })])
  director = (await loginDirector(api.url)).access_token
  otherDirector = (await loginDirector(api.url, DEMO_IIN)).access_token
  due = await dueReports(api.url, director)
})
afterAll(async () => {
  await api?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('media pipeline', () => {
  it('turns a 20 s 1080p 15 Mbit/s video into a review rendition under 2 Mbit/s (moov first), a poster and a strip', async () => {
    const file = await makeVideo(dir, 'big.mp4', { seconds: 20, width: 1920, height: 1080, kbps: 15_000 })
    const original = readFileSync(file)
    const ref = take()
    const res = await uploadVideo(api.url, director, file, { ref_key: ref })
    expect(res.status).toBe(201)
    // Processing comes after the answer: the submission says so at once.
    const first = (await (await fetch(`${api.url}/reports/select/${ref}`, { headers: bearer(director) })).json()) as any
    expect(['processing', 'ready']).toContain(first.data.submission.media.status)

    const sub = await processedSubmission(api.url, director, ref, 280) // ffmpeg is niced: slow on a busy machine
    expect(sub.media).toMatchObject({
      status: 'ready',
      width: 1920,
      height: 1080,
      sha256: sha256(original),
      renditions: ['original', 'review'],
      error: null,
    })
    expect(sub.media.duration_s).toBeCloseTo(20, 0)
    expect(sub.media.bitrate_kbps).toBeGreaterThan(12_000)

    // The default rendition is the review one: small, H.264 + AAC, 720 lines, index first.
    const review = await get(`/reports/video/${ref}`, `Bearer ${director}`)
    expect(review.status).toBe(200)
    expect(review.headers.get('forte-rendition')).toBe('review')
    const reviewFile = path.join(dir, 'review.mp4')
    writeFileSync(reviewFile, Buffer.from(await review.arrayBuffer()))
    const info = await ffprobeJson(reviewFile)
    const v = info.streams.find((s: any) => s.codec_type === 'video')
    const a = info.streams.find((s: any) => s.codec_type === 'audio')
    expect([v.codec_name, a?.codec_name, v.height, v.width]).toEqual(['h264', 'aac', 720, 1280])
    const bitsPerSecond = (readFileSync(reviewFile).length * 8) / Number(info.format.duration)
    expect(bitsPerSecond).toBeLessThan(2_000_000)
    expect(await moovFirst(reviewFile)).toBe(true)

    // The original is kept as it was sent.
    const orig = await get(`/reports/video/${ref}?rendition=original`, `Bearer ${director}`)
    expect(orig.headers.get('forte-rendition')).toBe('original')
    expect(sha256(Buffer.from(await orig.arrayBuffer()))).toBe(sha256(original))

    const poster = await get(`/reports/poster/${ref}`, `Bearer ${director}`)
    expect(poster.status).toBe(200)
    expect(poster.headers.get('content-type')).toBe('image/jpeg')
    const posterFile = path.join(dir, 'poster.jpg')
    writeFileSync(posterFile, Buffer.from(await poster.arrayBuffer()))
    const p = (await ffprobeJson(posterFile)).streams[0]
    expect([p.codec_name, p.width, p.height]).toEqual(['mjpeg', 1280, 720])

    const thumbs = await get(`/reports/thumbs/${ref}`) // 1C Basic works too
    expect(thumbs.status).toBe(200)
    expect(thumbs.headers.get('content-type')).toBe('image/jpeg')
    const thumbsFile = path.join(dir, 'thumbs.jpg')
    writeFileSync(thumbsFile, Buffer.from(await thumbs.arrayBuffer()))
    const t = (await ffprobeJson(thumbsFile)).streams[0]
    // One row of six 16:9 frames.
    expect(t.codec_name).toBe('mjpeg')
    expect(t.width / t.height).toBeCloseTo((6 * 16) / 9, 0)
    expect(t.width % 6).toBe(0)
  }, 320_000)

  it('flags duplicate_video on both submissions when the same bytes come for two reports', async () => {
    const file = await variant('dup')
    const [a, b] = [take(), take()]
    expect((await uploadVideo(api.url, director, file, { ref_key: a })).status).toBe(201)
    await processedSubmission(api.url, director, a)
    expect((await uploadVideo(api.url, director, file, { ref_key: b })).status).toBe(201)
    const subB = await processedSubmission(api.url, director, b)
    const subA = (await (await fetch(`${api.url}/reports/select/${a}`, { headers: bearer(director) })).json()) as any

    const dupOf = (sub: any) => sub.signals.filter((s: any) => s.code === 'duplicate_video')
    expect(dupOf(subB)).toHaveLength(1)
    expect(dupOf(subB)[0]).toMatchObject({ severity: 'warn', detail: { ref_key: a } })
    expect(dupOf(subA.data.submission)).toHaveLength(1)
    expect(dupOf(subA.data.submission)[0].detail.ref_key).toBe(b)
    expect(dupOf(subB)[0].message).toMatch(/№/)

    // The reviewer's queue filters by it, and the history entry carries it too.
    const flagged = (await (await get('/1c/reports?signals=duplicate_video&per_page=200')).json()) as any
    expect(flagged.data.items.map((i: any) => i.ref_key).sort()).toEqual([a, b].sort())
    expect(flagged.data.items[0].submission.signals.map((s: any) => s.code)).toContain('duplicate_video')
    const clean = (await (await get('/1c/reports?signals=none&per_page=200')).json()) as any
    expect(clean.data.items.map((i: any) => i.ref_key)).not.toContain(a)
    const detail = (await (await get(`/1c/reports/${b}`)).json()) as any
    const entry = detail.data.history.filter((h: any) => h.kind === 'submission').at(-1)
    expect(codes(entry)).toContain('duplicate_video')
    expect(detail.data.report.submission.media.status).toBe('ready')
  }, 120_000)

  it('flags recorded_long_before for a file made 5 days before time_sent, and gives recorded_at in Almaty time', async () => {
    const ref = take()
    const file = await makeVideo(dir, 'old.mp4', {
      seconds: 12,
      width: 320,
      height: 240,
      creationTime: '2025-05-07T05:00:00Z',
    })
    await uploadVideo(api.url, director, file, { ref_key: ref, time_sent: '2025-05-12 10:00:00' })
    const sub = await processedSubmission(api.url, director, ref)
    expect(sub.media.recorded_at).toBe('2025-05-07T10:00:00')
    const signal = sub.signals.find((s: any) => s.code === 'recorded_long_before')
    expect(signal).toMatchObject({ severity: 'warn', detail: { hours_before_sent: 120 } })
    expect(codes(sub)).not.toContain('too_short')
  }, 120_000)

  it('flags gps_far 300 km from the vehicle’s earlier points, and gps_zero at (0, 0)', async () => {
    const far = take()
    // ~300 km due north of Almaty, where every earlier demo video of the vehicle was filmed.
    await uploadVideo(api.url, director, await variant('far'), { ref_key: far, lat: '45.9368', long: '76.889709' })
    const farSub = await processedSubmission(api.url, director, far)
    const signal = farSub.signals.find((s: any) => s.code === 'gps_far')
    expect(signal?.severity).toBe('warn')
    expect(signal.detail.distance_km).toBeGreaterThan(290)
    expect(signal.detail.distance_km).toBeLessThan(310)
    expect(codes(farSub)).not.toContain('gps_zero')

    const zero = take()
    await uploadVideo(api.url, director, await variant('zero'), { ref_key: zero, lat: '0', long: '0' })
    const zeroSub = await processedSubmission(api.url, director, zero)
    expect(codes(zeroSub)).toContain('gps_zero')
    expect(codes(zeroSub)).not.toContain('gps_far')
  }, 120_000)

  it('flags too_short for a 5 s video, and nothing for a proper one sent now from the usual place', async () => {
    const short = take()
    const file = await makeVideo(dir, 'short.mp4', { seconds: 5, width: 320, height: 240 })
    await uploadVideo(api.url, director, file, { ref_key: short })
    const sub = await processedSubmission(api.url, director, short)
    expect(codes(sub)).toEqual(['too_short'])
    expect(sub.signals[0].detail).toMatchObject({ duration_s: 5, min_s: 10 })

    const fine = take()
    await uploadVideo(api.url, director, base, { ref_key: fine, time_sent: almatyNow(2) })
    expect(codes(await processedSubmission(api.url, director, fine))).toEqual([])
  }, 120_000)

  it('flags time_sent_future when time_sent is more than 10 minutes after the upload', async () => {
    const ref = (await dueReports(api.url, otherDirector))[0]!.ref_key // company 72's: 71's are used up
    await uploadVideo(api.url, otherDirector, await variant('ahead'), { ref_key: ref, time_sent: almatyNow(-30) })
    const sub = await processedSubmission(api.url, otherDirector, ref)
    expect(sub.signals.find((s: any) => s.code === 'time_sent_future')?.detail.minutes_ahead).toBeGreaterThanOrEqual(29)
  }, 120_000)
})

describe('media endpoints', () => {
  it('serve another company nothing (404), and refuse no credentials (401)', async () => {
    const ref = '646ba713-d1d7-11ec-9405-005056aaa4ae' // company 71's, sent in the demo
    await processedSubmission(api.url, director, ref)
    for (const p of ['poster', 'thumbs', 'video']) {
      expect((await get(`/reports/${p}/${ref}`, `Bearer ${director}`)).status).toBe(200)
      expect((await get(`/reports/${p}/${ref}`, `Bearer ${otherDirector}`)).status).toBe(404)
      expect((await fetch(`${api.url}/reports/${p}/${ref}`)).status).toBe(401)
    }
  })

  it('refuse an unknown signals filter or rendition with 422', async () => {
    expect((await get('/1c/reports?signals=bogus')).status).toBe(422)
    expect((await get('/reports/video/646ba713-d1d7-11ec-9405-005056aaa4ae?rendition=big')).status).toBe(422)
  })
})
