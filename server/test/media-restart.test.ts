import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { loginDirector } from './helper.js'
import { dueReports, makeVideo, processedSubmission, uploadVideo } from './media-support.js'
import { spawnApi, type SpawnedApi } from './spawn-api.js'

/**
 * A crash mid-job: the API runs as a real child process (here, not startApi, because it must be
 * SIGKILLed), is killed while ffmpeg makes the review rendition, and a new process on the same
 * database and video folder finishes the job once the dead worker's lease expires.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'forte-restart-'))
const started: ChildProcess[] = []

/** The API on this test's database and video folder, in its own process group (see afterAll). */
async function startChildApi(): Promise<SpawnedApi> {
  const api = await spawnApi(
    {
      DATABASE_URL: `file:${path.join(dir, 'forte.sqlite')}`,
      VIDEO_DIR: path.join(dir, 'videos'),
      JWT_SECRET: 'restart-test-secret',
      DEV_MAILBOX: '1',
      LOG_LEVEL: 'warn',
      MEDIA_LEASE_S: '2',
    },
    { detached: true },
  )
  started.push(api.proc)
  return api
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
    const [first, video] = await Promise.all([
      startChildApi(),
      makeVideo(dir, 'v.mp4', { seconds: 10, width: 1920, height: 1080, kbps: 8000 }),
    ])
    const director = (await loginDirector(first.url)).access_token
    const ref = (await dueReports(first.url, director))[0]!.ref_key
    expect((await uploadVideo(first.url, director, video, { ref_key: ref })).status).toBe(201)

    // Wait until ffmpeg is making the review rendition, then kill the API without warning.
    const pid = first.proc.pid!
    for (let i = 0; i < 600 && !childCommands(pid).some((c) => /ffmpeg .*review\./.test(c)); i++) {
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(childCommands(pid).some((c) => /ffmpeg .*review\./.test(c))).toBe(true)
    const exited = new Promise((r) => first.proc.once('exit', r))
    first.proc.kill('SIGKILL')
    await exited

    const second = await startChildApi()
    const again = (await loginDirector(second.url)).access_token
    const sub = await processedSubmission(second.url, again, ref)
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
