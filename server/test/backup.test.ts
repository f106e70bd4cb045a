import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basic1C, bearer, loginDirector, startApi, type StartedApi, testDialect } from './helper.js'
import { runCli } from './run-cli.js'
import { videoForm } from './upload-client.js'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4'))
const REPORTS = 300

// SQLite's online backup; PostgreSQL is backed up with pg_dump (docs/deploy.md).
describe.skipIf(testDialect === 'pg')('npm run backup -- FILE', () => {
  let api: StartedApi
  let dir: string
  let refs: string[]
  let biin: string
  beforeAll(async () => {
    api = await startApi()
    dir = mkdtempSync(path.join(tmpdir(), 'forte-backup-'))
    // Reports waiting for a video, enough that the stream of uploads outlasts the backup.
    const vehicle = await api.app.db
      .selectFrom('vehicles')
      .select(['guid', 'company_id'])
      .where('plate_number', '!=', '')
      .orderBy('guid')
      .executeTakeFirstOrThrow()
    const company = await api.app.db
      .selectFrom('companies')
      .select('biin')
      .where('id', '=', vehicle.company_id)
      .executeTakeFirstOrThrow()
    refs = Array.from({ length: REPORTS }, (_, i) => `backup-${String(i).padStart(4, '0')}-0000-0000-000000000000`)
    await api.app.db
      .insertInto('reports')
      .values(
        refs.map((ref_key, i) => ({
          ref_key,
          company_id: vehicle.company_id,
          vehicle_guid: vehicle.guid,
          report_number: `B${i}`,
          contract_number: '',
          date_start: '2026-01-01',
          date_finish: '2026-01-08',
          status_code: 1,
          reject_reason: '',
          updated_at: new Date().toISOString(),
        })),
      )
      .execute()
    biin = company.biin
  })
  afterAll(async () => {
    await api?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('copies the live database during a stream of uploads; the copy restores with every upload answered 201 before it began', async () => {
    const { access_token } = await loginDirector(api.url, biin)
    const answered: string[] = [] // ref_keys answered 201, in order
    let stop = false
    let uploadError: unknown = null
    const stream = (async () => {
      for (const ref_key of refs) {
        if (stop) return
        const fd = videoForm({ ref_key, time_sent: '2026-01-05 10:00:00', lat: '43.2', long: '76.9' }, SAMPLE)
        const res = await fetch(`${api.url}/reports/upload`, {
          method: 'POST',
          headers: bearer(access_token),
          body: fd,
        })
        if (res.status !== 201) throw new Error(`upload ${ref_key}: ${res.status} ${await res.text()}`)
        answered.push(ref_key)
      }
    })().catch((err: unknown) => {
      uploadError = err
    })

    while (answered.length < 10 && !uploadError) await new Promise((r) => setTimeout(r, 20))
    const beforeBackup = [...answered]
    const file = path.join(dir, 'forte-copy.sqlite')
    const backup = await runCli('backup', api.config.databaseUrl, [file])
    const duringBackup = answered.length - beforeBackup.length
    stop = true
    await stream
    expect(uploadError).toBeNull()
    expect(backup.output).toMatch(/integrity ok/)
    expect(backup.code).toBe(0)
    expect(duringBackup).toBeGreaterThan(0) // the server kept answering uploads while the copy was taken

    // Restore: the copy alone (one file, no WAL beside it) in a new place, checked, and served.
    expect(existsSync(`${file}-wal`)).toBe(false)
    const restoredDir = mkdtempSync(path.join(dir, 'restored-'))
    const restored = path.join(restoredDir, 'forte.sqlite')
    copyFileSync(file, restored)
    const db = new SQLite(restored, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const sent = db
      .prepare(
        `select r.ref_key from reports r join submissions s on s.ref_key = r.ref_key
         where r.status_code = 2 and r.ref_key like 'backup-%'`,
      )
      .pluck()
      .all() as string[]
    // One snapshot: no report moved to 2 without its submission, no submission without its report's move.
    const submitted = db.prepare(`select count(*) from submissions where ref_key like 'backup-%'`).pluck().get()
    db.close()
    expect(sent).toEqual(expect.arrayContaining(beforeBackup))
    expect(submitted).toBe(sent.length)

    const again = await startApi({ databaseUrl: `file:${restored}` })
    try {
      for (const ref of [beforeBackup[0]!, beforeBackup.at(-1)!]) {
        const res = await fetch(`${again.url}/1c/reports/${ref}`, { headers: { authorization: basic1C() } })
        expect(res.status).toBe(200)
        const { data } = (await res.json()) as any
        expect(data.report).toMatchObject({ status_code: 2, submission: { size: SAMPLE.length } })
      }
    } finally {
      await again.close()
    }
  }, 120_000)
})
