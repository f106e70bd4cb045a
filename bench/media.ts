import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, openAsBlob, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { load, type Load } from './api-latency'
import { treeRss } from './lib/processes'
import { root } from './lib/stack'
import { testVideoArgs } from '../server/test/test-video'

/**
 * The media pipeline's figures: processing time per minute of 1080p video, the API's latency on a light
 * endpoint while a job runs (against idle), the API's peak memory meanwhile, and the review rendition's
 * bitrate. Nothing is asserted: run.ts prints the figures beside their goals.
 */

const MINUTE_1080P_SECONDS = 60

/** A 60 s 1080p30 H.264 + AAC video at 8 Mbit/s (a phone's rate; fits under the 64 MiB limit). Made once into ./data. */
export function video1080p(): string | undefined {
  const file = path.join(root, 'data/bench/video-1080p-60s.mp4')
  if (existsSync(file)) return file
  mkdirSync(path.dirname(file), { recursive: true })
  const kbps = 8000
  const r = spawnSync(
    'ffmpeg',
    testVideoArgs(file, {
      seconds: MINUTE_1080P_SECONDS,
      width: 1920,
      height: 1080,
      fps: 30,
      kbps,
      rateControl: 'capped',
      audioKbps: 128,
    }),
    { stdio: 'ignore' },
  )
  return r.status === 0 && existsSync(file) ? file : undefined
}

type Media = { status: string; duration_s: number | null; error: string | null }

/** The latest submission's media of a report (GET /reports/select). */
async function mediaOf(apiUrl: string, token: string, refKey: string): Promise<Media> {
  const res = await fetch(`${apiUrl}/reports/select/${refKey}`, { headers: { authorization: `Bearer ${token}` } })
  const body = (await res.json()) as { data: { submission: { media: Media } | null } }
  return body.data.submission?.media ?? { status: 'none', duration_s: null, error: null }
}

/** Waits (bounded) until the report's media job has ended. */
export async function mediaDone(apiUrl: string, token: string, refKey: string, seconds = 900): Promise<Media> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const m = await mediaOf(apiUrl, token, refKey)
    if (m.status !== 'processing') return m
    if (Date.now() > deadline) throw new Error(`media of ${refKey} not done in ${seconds} s`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Every demo submission processed (so an idle measure is idle). */
export async function queueDrained(apiUrl: string, seconds = 120): Promise<void> {
  const auth = { authorization: `Basic ${Buffer.from('admin_1C:pass_1C').toString('base64')}` }
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    const body = (await (await fetch(`${apiUrl}/1c/reports?per_page=200`, { headers: auth })).json()) as {
      data: { items: { submission: { media: { status: string } } | null }[] }
    }
    if (!body.data.items.some((i) => i.submission?.media.status === 'processing')) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('the media queue did not drain')
}

const vmRss = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) * 1024 : 0
}

export type ProcessingRun = {
  seconds: number
  videoSeconds: number
  secondsPerMinute: number
  status: string
  idle: Load
  busy: Load
  /** The load ran entirely while the job was still processing. */
  busyInsideJob: boolean
  peakRssApi: number
  peakRssWithFfmpeg: number
  baseRssApi: number
}

/**
 * Light-endpoint latency while idle; then uploads `file` for `refKey` and, while the job runs, the same
 * load again and the API's memory sampled; then the time until the job ended.
 */
export async function measureProcessing(
  apiUrl: string,
  apiPid: number,
  token: string,
  refKey: string,
  lightRef: string,
  file: string,
  loadSeconds = 15,
): Promise<ProcessingRun> {
  const light = `${apiUrl}/reports/select/${lightRef}`
  const headers = { authorization: `Bearer ${token}` }
  await load(light, headers, 3) // warm-up: JIT, caches, connections
  const idle = await load(light, headers, loadSeconds)
  const baseRssApi = vmRss(apiPid)

  const body = new FormData()
  body.set('ref_key', refKey)
  body.set('time_sent', new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 19).replace('T', ' '))
  body.set('lat', '43.238949')
  body.set('long', '76.889709')
  body.set('file', await openAsBlob(file, { type: 'video/mp4' }), 'inspection.mp4')
  const res = await fetch(`${apiUrl}/reports/upload`, { method: 'POST', headers, body })
  await res.arrayBuffer()
  if (res.status !== 201) throw new Error(`upload answered ${res.status}`)
  const t0 = performance.now()

  let peakRssApi = 0
  let peakRssWithFfmpeg = 0
  const sample = () => {
    peakRssApi = Math.max(peakRssApi, vmRss(apiPid))
    peakRssWithFfmpeg = Math.max(peakRssWithFfmpeg, treeRss(apiPid))
  }
  const timer = setInterval(sample, 100)
  try {
    const busy = await load(light, headers, loadSeconds)
    const busyInsideJob = (await mediaOf(apiUrl, token, refKey)).status === 'processing'
    const done = await mediaDone(apiUrl, token, refKey)
    const seconds = (performance.now() - t0) / 1000
    const videoSeconds = done.duration_s ?? MINUTE_1080P_SECONDS
    return {
      seconds,
      videoSeconds,
      secondsPerMinute: seconds / (videoSeconds / 60),
      status: done.status,
      idle,
      busy,
      busyInsideJob,
      peakRssApi,
      peakRssWithFfmpeg,
      baseRssApi,
    }
  } finally {
    clearInterval(timer)
  }
}

/** The review rendition's bitrate (kbit/s) and size: what a reviewer streams instead of the original. */
export async function renditionFigures(apiUrl: string, token: string, refKey: string, durationS: number) {
  const headers = { authorization: `Bearer ${token}` }
  const get = async (rendition: string) => {
    const res = await fetch(`${apiUrl}/reports/video/${refKey}?rendition=${rendition}`, { headers })
    const bytes = (await res.arrayBuffer()).byteLength
    return { bytes, rendition: res.headers.get('forte-rendition') }
  }
  const [review, original] = [await get('review'), await get('original')]
  return {
    reviewBytes: review.bytes,
    originalBytes: original.bytes,
    servedAs: review.rendition,
    reviewKbps: (review.bytes * 8) / durationS / 1000,
  }
}

export const fileSize = (file: string) => statSync(file).size
