import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Kysely, sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/db/types.js'
import { openDatabase } from '../src/plugins/external/database.js'
import { createTestDatabase, startApi, testDialect } from './helper.js'
import { runCli } from './run-cli.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const MIGRATIONS = readdirSync(path.join(ROOT, 'server/migrations')).filter((f) => /^\d+.*\.ts$/.test(f))

const migrate = (databaseUrl: string) => runCli('migrate', databaseUrl)

const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
})
/** An empty database of this pass's kind: a SQLite file, or a PostgreSQL schema. */
async function emptyDatabase(kind = testDialect): Promise<string> {
  if (kind === 'pg') {
    const db = await createTestDatabase()
    cleanups.push(db.drop)
    return db.databaseUrl
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'forte-db-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return `file:${path.join(dir, 'forte.sqlite')}`
}

/**
 * Tables → sorted column names with their nullability (`?`), as the database itself reports them.
 * A primary key counts as not null on both (SQLite reports its keys as nullable, PostgreSQL never).
 */
async function shape(db: Kysely<Database>, isPg: boolean) {
  const out: Record<string, string[]> = {}
  // Only the connection's own schema: the PostgreSQL server may hold other schemas (other test runs).
  const own = isPg ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s : undefined
  for (const t of await db.introspection.getTables()) {
    if (isPg && t.schema !== own) continue
    const keys = isPg
      ? []
      : (await sql<{ name: string }>`select name from pragma_table_info(${t.name}) where pk > 0`.execute(db)).rows.map(
          (r) => r.name,
        )
    out[t.name] = t.columns.map((c) => `${c.name}${c.isNullable && !keys.includes(c.name) ? '?' : ''}`).sort()
  }
  return out
}

describe('the database', () => {
  it('is the one this pass names (SQLite, or PostgreSQL when TEST_DATABASE_URL is set)', async () => {
    const api = await startApi()
    try {
      expect(api.app.dbIsPg).toBe(testDialect === 'pg')
      if (testDialect === 'pg') {
        const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(api.app.db)
        expect(rows[0]?.s).toMatch(/^forte_test_/) // a schema of its own, dropped after the test
      }
    } finally {
      await api.close()
    }
  })

  it('npm run migrate applies every migration once; the server then finds nothing to do', async () => {
    const databaseUrl = await emptyDatabase()
    const first = await migrate(databaseUrl)
    expect(first.output).toMatch(new RegExp(`Applied ${MIGRATIONS.length} migration`))
    expect(first.code).toBe(0)
    const again = await migrate(databaseUrl)
    expect(again.output).toMatch(/is up to date/)
    expect(again.code).toBe(0)

    const api = await startApi({ databaseUrl })
    try {
      expect((await fetch(`${api.url}/health`)).status).toBe(200)
      const companies = await api.app.db.selectFrom('companies').select('biin').execute()
      expect(companies.length).toBeGreaterThan(0) // seeded into the migrated, empty database
    } finally {
      await api.close()
    }
  })

  it('npm run migrate names a database it cannot reach, and fails', async () => {
    const res = await migrate('postgres://nobody:wrong@127.0.0.1:1/nothing')
    expect(res.code).not.toBe(0)
    expect(res.output).toMatch(/ECONNREFUSED|connect/i)
    expect(res.output).not.toContain('wrong') // no password in what it prints
  })

  it.skipIf(testDialect !== 'pg')(
    'the same migrations give the same tables and columns on SQLite and PostgreSQL',
    async () => {
      const shapes = []
      for (const kind of ['sqlite', 'pg'] as const) {
        const url = await emptyDatabase(kind)
        expect((await migrate(url)).code).toBe(0)
        const { db, isPg } = openDatabase(url)
        try {
          shapes.push(await shape(db, isPg))
        } finally {
          await db.destroy()
        }
      }
      expect(Object.keys(shapes[0]!)).toContain('outbox')
      expect(shapes[1]).toEqual(shapes[0])
    },
  )
})
