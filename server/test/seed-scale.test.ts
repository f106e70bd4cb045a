import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../src/plugins/external/database.js'
import { resetScale, SCALE_MARK, seedScale } from '../src/seed/scale.js'
import { basic1C, DEMO_BIN, fileApi } from './helper.js'

const api = fileApi()

const NOW = new Date('2026-06-15T06:00:00Z')
const count = async (table: 'reports' | 'vehicles' | 'submissions' | 'decisions') =>
  Number(
    (
      await api.app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
// Company ids are the database's own (autoincrement): compare companies by BIN.
const snapshot = () =>
  api.app.db
    .selectFrom('reports')
    .innerJoin('companies', 'companies.id', 'reports.company_id')
    .select([
      'ref_key',
      'biin',
      'vehicle_guid',
      'report_number',
      'contract_number',
      'date_start',
      'date_finish',
      'status_code',
      'reject_reason',
      'updated_at',
    ])
    .where('ref_key', 'like', `%${SCALE_MARK}%`)
    .orderBy('ref_key')
    .execute()

describe('seedScale', () => {
  it('adds exactly N reports, 40% in the demo company, visible through the API', async () => {
    const before = await count('reports')
    const made = await seedScale(api.app.db, { reports: 2000, seed: 7, videoDir: api.config.videoDir, now: NOW })
    expect(made.reports).toBe(2000)
    expect(await count('reports')).toBe(before + 2000)

    const res = await fetch(`${api.url}/1c/reports?biin=${DEMO_BIN}&per_page=1`, {
      headers: { authorization: basic1C() },
    })
    expect((await res.json()).data.total).toBe(99 + 800) // the demo company: 22 recent + 77 history
    const all = await fetch(`${api.url}/1c/reports?per_page=1`, { headers: { authorization: basic1C() } })
    expect((await all.json()).data.total).toBe(127 + 2000)

    // Every sent/approved/rejected synthetic report has a video, a due one none; a report has two
    // videos exactly when it was rejected, sent again and approved (decisions 4 then 3).
    const rows = await snapshot()
    const withVideo = rows.filter((r) => r.status_code !== 1).length
    const subs = await api.app.db
      .selectFrom('submissions')
      .select('ref_key')
      .where('ref_key', 'like', `%${SCALE_MARK}%`)
      .execute()
    const videos = new Map<string, number>()
    for (const s of subs) videos.set(s.ref_key, (videos.get(s.ref_key) ?? 0) + 1)
    for (const r of rows) expect(videos.has(r.ref_key), r.ref_key).toBe(r.status_code !== 1)
    const decided = await api.app.db
      .selectFrom('decisions')
      .select(['ref_key', 'status_code'])
      .where('ref_key', 'like', `%${SCALE_MARK}%`)
      .orderBy('id')
      .execute()
    const twice = rows.filter((r) => videos.get(r.ref_key) === 2)
    expect(twice.length).toBeGreaterThan(0)
    for (const r of twice) {
      expect(r.status_code).toBe(3)
      expect(decided.filter((d) => d.ref_key === r.ref_key).map((d) => d.status_code)).toEqual([4, 3])
    }
    expect(subs.length).toBe(withVideo + twice.length)
    expect(new Set(rows.map((r) => r.status_code))).toEqual(new Set([1, 2, 3, 4]))
  })

  it('is deterministic: reset + the same seed gives the same rows', async () => {
    const first = await snapshot()
    await resetScale(api.app.db)
    expect(await snapshot()).toEqual([])
    expect(await count('reports')).toBe(127)
    await seedScale(api.app.db, { reports: 2000, seed: 7, videoDir: api.config.videoDir, now: NOW })
    expect(await snapshot()).toEqual(first)
  })
})

describe('npm run seed -- --scale N', () => {
  it('seeds the demo into an empty database, then N synthetic reports', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-cli-'))
    try {
      const env = {
        ...process.env,
        DATABASE_URL: `file:${path.join(dir, 'f.sqlite')}`,
        VIDEO_DIR: path.join(dir, 'videos'),
        JWT_SECRET: 'x',
      }
      const { stdout } = await promisify(execFile)('npx', ['tsx', 'server/src/seed-cli.ts', '--scale', '1500'], {
        env,
        cwd: process.cwd(),
      })
      expect(stdout).toContain('Seeded the demo data.')
      expect(stdout).toMatch(/Added 1500 reports/)
      const { db } = openDatabase(env.DATABASE_URL)
      const n = await db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      await db.destroy()
      expect(Number(n.n)).toBe(127 + 1500)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
