import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, loginDirector } from './helper.js'

/**
 * The API as operators run it (its own process, JSON logs on stdout): a 5xx must leave an error-level
 * log line carrying the request id that the client got in `x-request-id`.
 */

const root = path.resolve(import.meta.dirname, '../..')
let dir: string
let server: ChildProcess
let url: string
let stdout = ''

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

/** The log lines (pino JSON) written so far. */
const logLines = () =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; reqId?: string; msg: string })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'forte-api-log-'))
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  // Plain node with tsx's loader: the child is the server itself (no wrapper process to outlive).
  server = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      FORTE_API_PORT: String(port),
      FORTE_API_HOST: '127.0.0.1',
      DATABASE_URL: `file:${path.join(dir, 'forte.sqlite')}`,
      VIDEO_DIR: path.join(dir, 'videos'),
      DEV_MAILBOX: '1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  server.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
  await new Promise<void>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`API exited (${code}): ${stdout}`)))
    const wait = () => (stdout.includes('listening on') ? resolve() : setTimeout(wait, 50))
    wait()
  })
})
afterAll(async () => {
  server?.kill('SIGTERM')
  if (server && server.exitCode === null) await new Promise((r) => server.once('exit', r))
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
