import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { isPostgresUrl, loadConfig, sqliteFileOf } from './config.js'

/**
 * `npm run backup -- FILE`: a consistent copy of the SQLite database, taken while the server runs.
 * better-sqlite3's online backup API copies every page in one step, so the copy is one snapshot
 * (writers carry on in the WAL meanwhile). The copy is checked (`PRAGMA integrity_check`) and made a
 * single self-contained file (rollback journal, not WAL) before it takes its final name.
 */
async function main() {
  const target = process.argv[2]
  if (!target || process.argv.length > 3) throw new Error('Usage: npm run backup -- FILE')
  const { databaseUrl } = loadConfig(process.env, { jwtSecret: 'not-needed-here' })
  if (isPostgresUrl(databaseUrl))
    throw new Error('DATABASE_URL is PostgreSQL: back it up with pg_dump (see docs/deploy.md, "Backups").')
  const source = sqliteFileOf(databaseUrl)
  const dest = path.resolve(target)
  if (!existsSync(source)) throw new Error(`No database at ${source}`)
  if (existsSync(dest)) throw new Error(`${dest} exists: choose a new file name (a backup never overwrites).`)

  const partial = `${dest}.partial`
  rmSync(partial, { force: true })
  const db = new SQLite(source, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    // All remaining pages in one step: one read snapshot, nothing to restart when the server writes.
    await db.backup(partial, { progress: () => 0x7fffffff })
  } finally {
    db.close()
  }

  const copy = new SQLite(partial)
  try {
    const check = copy.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new Error(`The copy failed its integrity check: ${String(check)}`)
    copy.pragma('journal_mode = DELETE')
  } catch (err) {
    copy.close()
    rmSync(partial, { force: true })
    throw err
  }
  copy.close()
  renameSync(partial, dest)
  console.log(`Backed up ${source} to ${dest} (${(statSync(dest).size / 1024 / 1024).toFixed(1)} MiB, integrity ok).`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
})
