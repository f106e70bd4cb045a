import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Kysely, sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/db/types.js'
import pg from 'pg'
import { migrateToLatest, openDatabase } from '../src/plugins/external/database.js'
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
  for (const t of await db.introspection.getTables()) {
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

  it.skipIf(testDialect !== 'pg')(
    'migrates while other schemas on the same server come and go, and reads only its own',
    async () => {
      // Other instances' and test runs' schemas on the server: one that stays, one made and dropped in a loop.
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await admin.connect()
      const stays = `forte_other_${process.pid}`
      await admin.query(
        `create schema if not exists ${stays}; create table if not exists ${stays}.elsewhere (id serial)`,
      )
      let churning = true
      const churn = (async () => {
        for (let n = 0; churning; n++) {
          const s = `forte_other_${process.pid}_${n}`
          await admin.query(`create schema ${s}; create table ${s}.company_settings (id serial primary key)`)
          await admin.query(`drop schema ${s} cascade`)
        }
      })()
      try {
        for (let i = 0; i < 8; i++) {
          const { db, isPg } = openDatabase(await emptyDatabase('pg'))
          try {
            expect((await migrateToLatest(db, isPg)).length).toBe(MIGRATIONS.length)
            const own = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s
            const tables = await db.introspection.getTables({ withInternalKyselyTables: true })
            expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([own]))
            expect(tables.map((t) => t.name)).toContain('kysely_migration')
            expect(tables.find((t) => t.name === 'companies')?.columns.length).toBeGreaterThan(0)
          } finally {
            await db.destroy()
          }
        }
      } finally {
        churning = false
        await churn
        await admin.query(`drop schema if exists ${stays} cascade`)
        await admin.end()
      }
    },
  )
})
