import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, loginDirector } from './helper.js'
import { spawnApi, type SpawnedApi } from './spawn-api.js'

/**
 * The API as operators run it (its own process, JSON logs on stdout): a 5xx must leave an error-level
 * log line carrying the request id that the client got in `x-request-id`.
 */

const root = path.resolve(import.meta.dirname, '../..')
let dir: string
let server: SpawnedApi
let url: string

type LogLine = { level: number; reqId?: string; msg: string }

/** The log lines (pino JSON) written so far; other output (stderr) is passed over. */
const logLines = () =>
  server
    .output()
    .split('\n')
    .flatMap((l): LogLine[] => {
      try {
        return l.startsWith('{') ? [JSON.parse(l) as LogLine] : []
      } catch {
        return []
      }
    })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'forte-api-log-'))
  server = await spawnApi({
    DATABASE_URL: `file:${path.join(dir, 'forte.sqlite')}`,
    VIDEO_DIR: path.join(dir, 'videos'),
    DEV_MAILBOX: '1',
    LOG_LEVEL: 'info',
  })
  url = server.url
})
afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('5xx answers are logged at error level with the request id', () => {
  it('for /health and for an upload when VIDEO_DIR is gone', async () => {
    const { access_token } = await loginDirector(url)
    const list = await fetch(`${url}/reports/general/filter/1/null/null`, { headers: bearer(access_token) })
    const ref_key = ((await list.json()) as any).data.reports.important[0].ref_key as string
    // The video folder is replaced by a plain file: nothing can be written under it any more.
    const videos = path.join(dir, 'videos')
    rmSync(videos, { recursive: true, force: true })
    writeFileSync(videos, 'not a folder')

    const health = await fetch(`${url}/health`)
    expect(health.status).toBe(503)
    expect(await health.json()).toEqual({ status: 'error', db: 'ok', storage: 'error' })

    const form = new FormData()
    for (const [k, v] of Object.entries({ ref_key, time_sent: '2025-05-12 10:15:00', lat: '1', long: '2' }))
      form.append(k, v)
    const sample = readFileSync(path.join(root, 'server/seed/sample.mp4'))
    form.append('file', new Blob([sample], { type: 'video/mp4' }), 'v.mp4')
    const upload = await fetch(`${url}/reports/upload`, { method: 'POST', headers: bearer(access_token), body: form })
    expect(upload.status).toBe(503)

    for (const res of [health, upload]) {
      const id = res.headers.get('x-request-id')
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      // pino writes asynchronously: give the line a moment to reach the pipe.
      for (let i = 0; i < 50 && !logLines().some((l) => l.reqId === id && l.level >= 50); i++)
        await new Promise((r) => setTimeout(r, 50))
      expect(logLines().filter((l) => l.reqId === id && l.level === 50)).not.toEqual([])
    }
  })
})
