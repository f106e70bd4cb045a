import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { bearer } from './helper.js'
import { testVideoArgs, type VideoSpec } from './test-video.js'

/** Media tests: real videos made with the system's ffmpeg, uploaded over HTTP, polled until processed. */

const run = promisify(execFile)

/** Makes an H.264 + AAC MP4 of the test pattern with a tone. */
export async function makeVideo(dir: string, name: string, v: VideoSpec): Promise<string> {
  const file = path.join(dir, name)
  await run('ffmpeg', testVideoArgs(file, v))
  return file
}

export async function ffprobeJson(file: string): Promise<any> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    file,
  ])
  return JSON.parse(stdout)
}

export const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex')

/** `yyyy-mm-dd hh:mm:ss` in Almaty (UTC+5), `minutesAgo` before now. */
export function almatyNow(minutesAgo = 1): string {
  return new Date(Date.now() + (5 * 60 - minutesAgo) * 60_000).toISOString().slice(0, 19).replace('T', ' ')
}

export async function uploadVideo(
  url: string,
  token: string,
  file: string,
  fields: { ref_key: string; time_sent?: string; lat?: string; long?: string },
): Promise<Response> {
  const fd = new FormData()
  fd.set('ref_key', fields.ref_key)
  fd.set('time_sent', fields.time_sent ?? almatyNow())
  fd.set('lat', fields.lat ?? '43.238949')
  fd.set('long', fields.long ?? '76.889709')
  fd.set('file', new Blob([readFileSync(file)], { type: 'video/mp4' }), 'inspection.mp4')
  return fetch(`${url}/reports/upload`, { method: 'POST', headers: bearer(token), body: fd })
}

/** The report's latest submission (GET /reports/select) once its media job has ended (bounded wait). */
export async function processedSubmission(url: string, token: string, refKey: string, seconds = 150): Promise<any> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const res = await fetch(`${url}/reports/select/${refKey}`, { headers: bearer(token) })
    const body = (await res.json()) as any
    if (res.status !== 200) throw new Error(`select ${refKey} → ${res.status} ${JSON.stringify(body)}`)
    const sub = body.data.submission
    if (sub?.media.status !== 'processing') return sub
    if (Date.now() > deadline) throw new Error(`media of ${refKey} still processing after ${seconds} s`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Reports of the caller's company that take an upload (status 1 or 4). */
export async function dueReports(url: string, token: string): Promise<{ ref_key: string; vehicle_guid: string }[]> {
  const res = await fetch(`${url}/reports/general/filter/null/null/null`, { headers: bearer(token) })
  const body = (await res.json()) as any
  return body.data.reports.important
}
