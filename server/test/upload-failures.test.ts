import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, fileApi, loginDirector, startApi, type StartedApi } from './helper.js'
import { dueReports, storedVideos, uploadFields } from './upload-client.js'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4'))

const api = fileApi()
let director: string
let due: string[]

const form = (fields: Record<string, string>, files: [string, Blob][] = [['file', new Blob([SAMPLE])]]) => {
  const fd = new FormData()
  for (const [k, v] of Object.entries(fields)) fd.append(k, v)
  for (const [name, blob] of files) fd.append(name, blob, 'video.mp4')
  return fd
}
const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/reports/upload`, { method: 'POST', headers: { ...bearer(director), ...headers }, body })
const takeDue = () => {
  const ref = due.shift()
  if (!ref) throw new Error('test needs more due reports in the demo')
  return ref
}

/** Everything an upload could change: the report's status, its submissions, and the files in VIDEO_DIR. */
async function snapshot(ref: string) {
  const report = await api.app.db
    .selectFrom('reports')
    .select('status_code')
    .where('ref_key', '=', ref)
    .executeTakeFirst()
  const subs = await api.app.db.selectFrom('submissions').select('id').where('ref_key', '=', ref).execute()
  const files = storedVideos(api.config.videoDir)
  return { status: report?.status_code, submissions: subs.length, files }
}

const health = async () => {
  const res = await fetch(`${api.url}/health`)
  return { status: res.status, body: (await res.json()) as Record<string, string> }
}

beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
  due = await dueReports(api.url, director)
})

/**
 * Runs `fn` with some folders' permissions changed. A root test process (which ignores them) acts as an
 * unprivileged user meanwhile, as the API does in production.
 */
async function withModes(modes: Record<string, number>, fn: () => Promise<void>) {
  const saved = Object.keys(modes).map((p) => [p, statSync(p).mode & 0o777] as const)
  for (const [p, mode] of Object.entries(modes)) chmodSync(p, mode)
  const root = process.geteuid?.() === 0
  if (root) process.seteuid!(65534)
  try {
    await fn()
  } finally {
    if (root) process.seteuid!(0)
    for (const [p, mode] of saved) chmodSync(p, mode)
  }
}
const videoPath = (...parts: string[]) => path.join(api.config.videoDir, ...parts)

describe('the disk or the database failing', () => {
  it('an unwritable VIDEO_DIR gives 503 naming storage on upload and on /health, and nothing changes', async () => {
    const ref = takeDue()
    expect((await health()).status).toBe(200) // also creates VIDEO_DIR/.incoming, so it is unwritable too
    const before = await snapshot(ref)
    const readOnly = {
      [path.dirname(api.config.videoDir)]: 0o755,
      [videoPath()]: 0o555,
      [videoPath('.incoming')]: 0o555,
    }
    await withModes(readOnly, async () => {
      const res = await upload(form(uploadFields(ref)))
      const body = (await res.json()) as any
      expect(res.status).toBe(503)
      expect(body).toEqual({ status: 'error', data: { message: expect.stringMatching(/storage/i), code: 503 } })
      expect(res.headers.get('x-request-id')).toBeTruthy()
      expect(await health()).toEqual({ status: 503, body: { status: 'error', db: 'ok', storage: 'error' } })
    })
    expect(await snapshot(ref)).toEqual(before)
    // Writable again: the same upload goes through.
    expect((await health()).status).toBe(200)
    expect((await upload(form(uploadFields(ref)))).status).toBe(201)
  })

  it('a video that cannot be moved into place rolls the submission back (503 storage)', async () => {
    const ref = takeDue()
    const before = await snapshot(ref)
    expect(existsSync(videoPath('reports'))).toBe(true) // an earlier upload made it
    const modes = {
      [path.dirname(api.config.videoDir)]: 0o755,
      [videoPath()]: 0o555,
      [videoPath('reports')]: 0o555,
      [videoPath('.incoming')]: 0o777, // the temp file is written; only the final rename fails
    }
    await withModes(modes, async () => {
      const res = await upload(form(uploadFields(ref)))
      expect(res.status).toBe(503)
      expect(((await res.json()) as any).data.message).toMatch(/storage/i)
    })
    expect(await snapshot(ref)).toEqual(before)
  })

  it('a read-only database gives 503 on /health and on upload, naming the database, and nothing changes', async (ctx) => {
    // SQLite's own read-only mode (a read-only file opens the same way for a non-root process).
    // PostgreSQL: skipped here; `SET default_transaction_read_only` on every pooled connection would adapt it.
    if (api.app.dbIsPg) return ctx.skip()
    const ref = takeDue()
    const before = await snapshot(ref)
    await sql`pragma query_only = 1`.execute(api.app.db)
    try {
      expect(await health()).toEqual({ status: 503, body: { status: 'error', db: 'error', storage: 'ok' } })
      const res = await upload(form(uploadFields(ref)))
      expect(res.status).toBe(503)
      expect(((await res.json()) as any).data.message).toMatch(/database/i)
    } finally {
      await sql`pragma query_only = 0`.execute(api.app.db)
    }
    expect(await snapshot(ref)).toEqual(before)
    expect((await health()).status).toBe(200)
  })
})

describe('multipart edge cases', () => {
  it('a multipart body without a boundary is a 400', async () => {
    const ref = takeDue()
    const before = await snapshot(ref)
    for (const type of ['multipart/form-data', 'multipart/form-data; boundary=']) {
      const res = await upload(`ref_key=${ref}`, { 'content-type': type })
      expect(res.status, type).toBe(400)
      expect(((await res.json()) as any).data).toEqual({ message: expect.stringMatching(/boundary/i), code: 400 })
    }
    expect(await snapshot(ref)).toEqual(before)
    due.unshift(ref)
  })

  it('a body that is not the multipart it declares is a 400', async () => {
    const res = await upload('this is not a form', { 'content-type': 'multipart/form-data; boundary=abc' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).status).toBe('error')
  })

  it('two files in one form are a 422 and nothing is saved', async () => {
    const ref = takeDue()
    const before = await snapshot(ref)
    const video = () => new Blob([SAMPLE], { type: 'video/mp4' })
    for (const names of [
      ['file', 'file'],
      ['file', 'other'],
      ['other', 'file'],
    ]) {
      const res = await upload(
        form(
          uploadFields(ref),
          names.map((n) => [n, video()] as [string, Blob]),
        ),
      )
      const body = (await res.json()) as any
      expect(res.status, names.join('+')).toBe(422)
      expect(Object.keys(body.data.errors)).toEqual(['file'])
    }
    expect(await snapshot(ref)).toEqual(before)
    due.unshift(ref)
  })
})

describe('start-up', () => {
  it('removes the temp files of uploads cut by a crash, and leaves the ones still being written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'forte-parts-'))
    const incoming = path.join(dir, 'videos', '.incoming')
    mkdirSync(incoming, { recursive: true })
    const host = hostname().replace(/[^A-Za-z0-9-]/g, '_')
    // A live process on this host: its upload is in progress.
    const writer = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    const name = (h: string, pid: number) => `${h}.${pid}.${randomUUID()}.part`
    const files = {
      crashed: 'left-by-a-crash.part',
      deadProcess: name(host, 999_999_999),
      liveProcess: name(host, writer.pid!),
      otherHostFresh: name('other-host', 42),
      otherHostStale: name('other-host', 43),
    }
    for (const f of Object.values(files)) writeFileSync(path.join(incoming, f), 'partial')
    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000)
    utimesSync(path.join(incoming, files.otherHostStale), dayAgo, dayAgo)
    let started: StartedApi | undefined
    try {
      started = await startApi({ videoDir: path.join(dir, 'videos') })
      expect(readdirSync(incoming).sort()).toEqual([files.liveProcess, files.otherHostFresh].sort())
    } finally {
      writer.kill()
      await started?.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
