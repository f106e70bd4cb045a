import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basic1C, bearer, loginDirector, startApi, type StartedApi } from './helper.js'
import { dueReports, makeVideo, processedSubmission, sha256, uploadVideo } from './media-support.js'

let api: StartedApi
let director: string
let dir: string
let video: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'forte-noff-'))
  video = await makeVideo(dir, 'v.mp4', { seconds: 12, width: 320, height: 240 })
  // No ffmpeg on PATH (an empty folder is all of it) and the npm-shipped binaries turned off.
  const savedPath = process.env.PATH
  process.env.PATH = dir
  try {
    api = await startApi({ ffmpegFallback: false, ffmpegPath: undefined, ffprobePath: undefined })
  } finally {
    process.env.PATH = savedPath
  }
  director = (await loginDirector(api.url)).access_token
})
afterAll(async () => {
  await api?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('media without any ffmpeg', () => {
  it('still takes the upload (201), marks the media failed with the reason and serves the original', async () => {
    const ref = (await dueReports(api.url, director))[0]!.ref_key
    const res = await uploadVideo(api.url, director, video, { ref_key: ref, lat: '0', long: '0' })
    expect(res.status).toBe(201)

    const sub = await processedSubmission(api.url, director, ref)
    expect(sub.media.status).toBe('failed')
    expect(sub.media.error).toMatch(/ffprobe is not available/)
    expect(sub.media.renditions).toEqual(['original'])
    // What needs no ffmpeg is still known: the content hash and the signals from the upload's fields.
    expect(sub.media.sha256).toBe(sha256(readFileSync(video)))
    expect(sub.signals.map((s: any) => s.code)).toContain('gps_zero')

    const played = await fetch(`${api.url}/reports/video/${ref}`, { headers: bearer(director) })
    expect(played.status).toBe(200)
    expect(played.headers.get('forte-rendition')).toBe('original')
    expect(sha256(Buffer.from(await played.arrayBuffer()))).toBe(sha256(readFileSync(video)))
    const poster = await fetch(`${api.url}/reports/poster/${ref}`, { headers: { authorization: basic1C() } })
    expect(poster.status).toBe(404)
    expect(((await poster.json()) as any).status).toBe('error')
  })
})
