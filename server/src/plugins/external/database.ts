import { mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import SQLite from 'better-sqlite3'
import fp from 'fastify-plugin'
import { Kysely, type Migration, type MigrationProvider, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { Database } from '../../db/types.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>
    /** True when the database is PostgreSQL (a few statements differ in spelling, not meaning). */
    dbIsPg: boolean
  }
}

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations')

/** Numbered files in server/migrations; their `up(db, isPg)` gets the dialect flag. */
class FolderMigrations implements MigrationProvider {
  constructor(private readonly isPg: boolean) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {}
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^\d+.*\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
      .sort()
    for (const f of files) {
      const mod = await import(pathToFileURL(path.join(MIGRATIONS_DIR, f)).href)
      out[f.replace(/\.(ts|js|mjs)$/, '')] = {
        up: (db) => mod.up(db, this.isPg),
        down: mod.down ? (db) => mod.down(db, this.isPg) : undefined,
      }
    }
    return out
  }
}

/** Opens the database named by DATABASE_URL (SQLite file or PostgreSQL). */
export function openDatabase(databaseUrl: string): { db: Kysely<Database>; isPg: boolean } {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 })
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), isPg: true }
  }
  const file = path.resolve(databaseUrl.replace(/^file:/, ''))
  mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new SQLite(file)
  // WAL lets readers run while a writer commits; busy_timeout rides out short write locks.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), isPg: false }
}

export async function migrateToLatest(db: Kysely<Database>, isPg: boolean): Promise<void> {
  const migrator = new Migrator({ db, provider: new FolderMigrations(isPg) })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error)
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`)
}

/**
 * Decorates `fastify.db` (Kysely) and migrates the schema at start.
 * @see https://github.com/fastify/demo/blob/main/src/plugins/external/knex.ts
 */
export default fp(
  async (fastify) => {
    const { db, isPg } = openDatabase(fastify.config.databaseUrl)
    fastify.decorate('db', db)
    fastify.decorate('dbIsPg', isPg)
    fastify.addHook('onClose', async () => {
      await db.destroy()
    })
    await migrateToLatest(db, isPg)
  },
  { name: 'database' },
)
