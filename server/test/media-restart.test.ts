import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { loginDirector } from './helper.js'
import { dueReports, makeVideo, processedSubmission, uploadVideo } from './media-support.js'

/**
 * A crash mid-job: the API runs as a real child process (here, not startApi, because it must be
 * SIGKILLed), is killed while ffmpeg makes the review rendition, and a new process on the same
 * database and video folder finishes the job once the dead worker's lease expires.
 */

const root = path.resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(path.join(tmpdir(), 'forte-restart-'))
const started: ChildProcess[] = []

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

async function startChildApi(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/server.ts')], {
    cwd: root,
    // Its own process group, so the test can clean up the ffmpeg it leaves behind when killed.
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      FORTE_API_PORT: String(port),
      FORTE_API_HOST: '127.0.0.1',
      DATABASE_URL: `file:${path.join(dir, 'forte.sqlite')}`,
      VIDEO_DIR: path.join(dir, 'videos'),
      JWT_SECRET: 'restart-test-secret',
      DEV_MAILBOX: '1',
      LOG_LEVEL: 'warn',
      MEDIA_LEASE_S: '2',
    },
  })
  started.push(child)
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the API did not start')
}

/** Command lines of the running child processes of `pid` (Linux /proc). */
function childCommands(pid: number): string[] {
  const out: string[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === pid) out.push(readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' '))
    } catch {}
  }
  return out
}

afterAll(() => {
  for (const c of started) {
    try {
      process.kill(-c.pid!, 'SIGKILL')
    } catch {}
  }
  rmSync(dir, { recursive: true, force: true })
})

describe('media job across a crash', () => {
  it('completes after the API is killed (SIGKILL) mid-job and started again', async () => {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const [first, video] = await Promise.all([
      startChildApi(port),
      makeVideo(dir, 'v.mp4', { seconds: 10, width: 1920, height: 1080, kbps: 8000 }),
    ])
    const director = (await loginDirector(url)).access_token
    const ref = (await dueReports(url, director))[0]!.ref_key
    expect((await uploadVideo(url, director, video, { ref_key: ref })).status).toBe(201)

    // Wait until ffmpeg is making the review rendition, then kill the API without warning.
    for (let i = 0; i < 600 && !childCommands(first.pid!).some((c) => /ffmpeg .*review\./.test(c)); i++) {
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(childCommands(first.pid!).some((c) => /ffmpeg .*review\./.test(c))).toBe(true)
    const exited = new Promise((r) => first.once('exit', r))
    first.kill('SIGKILL')
    await exited

    await startChildApi(port)
    const again = (await loginDirector(url)).access_token
    const sub = await processedSubmission(url, again, ref)
    expect(sub.media).toMatchObject({ status: 'ready', renditions: ['original', 'review'], width: 1920, error: null })

    // It was taken twice: by the killed worker, then by the new one after the lease ran out.
    const db = new SQLite(path.join(dir, 'forte.sqlite'), { readonly: true })
    const row = db
      .prepare(
        'select m.attempts from submission_media m join submissions s on s.id = m.submission_id where s.ref_key = ? order by s.id desc limit 1',
      )
      .get(ref) as { attempts: number }
    db.close()
    expect(row.attempts).toBe(2)
  }, 180_000)
})
