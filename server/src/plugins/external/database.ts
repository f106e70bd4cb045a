import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import SQLite from 'better-sqlite3'
import fp from 'fastify-plugin'
import { Kysely, type Migration, type MigrationProvider, Migrator, sql, SqliteDialect } from 'kysely'
import pg from 'pg'
import { isPostgresUrl, sqliteFileOf } from '../../config.js'
import { OwnSchemaPostgresDialect } from '../../db/own-schema-introspector.js'
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

// count(*) and other bigint results come back from pg as strings; as numbers they match SQLite.
const PG_INT8 = 20
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === PG_INT8 && format !== 'binary'
      ? Number
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

/** Opens the database named by DATABASE_URL (SQLite file or PostgreSQL). */
export function openDatabase(databaseUrl: string): { db: Kysely<Database>; isPg: boolean } {
  if (isPostgresUrl(databaseUrl)) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, types: pgTypes })
    // An idle client that loses its server (restart, failover) must not crash the process.
    pool.on('error', () => {})
    return { db: new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }) }), isPg: true }
  }
  const file = sqliteFileOf(databaseUrl)
  mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new SQLite(file)
  // WAL lets readers run while a writer commits; busy_timeout rides out short write locks.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), isPg: false }
}

/**
 * Applies pending migrations. On PostgreSQL the bookkeeping tables live in the connection's own
 * schema (`search_path`), so several schemas in one database each keep their own history; two
 * instances starting at once take turns (Kysely holds an advisory lock while migrating).
 */
export async function migrateToLatest(db: Kysely<Database>, isPg: boolean): Promise<string[]> {
  const schema = isPg ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined
  if (isPg && !schema) throw new Error('PostgreSQL has no current schema: check search_path in DATABASE_URL.')
  const migrator = new Migrator({ db, provider: new FolderMigrations(isPg), migrationTableSchema: schema })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error)
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`)
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/**
 * The JWT secret shared by every instance on one PostgreSQL database, when JWT_SECRET is not set:
 * created once (the first instance wins the insert), then read by all.
 */
async function sharedJwtSecret(db: Kysely<Database>): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name: 'jwt', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', 'jwt').executeTakeFirstOrThrow()
  return row.value
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
    if (!fastify.config.jwtSecret) fastify.config.jwtSecret = await sharedJwtSecret(db)
  },
  { name: 'database' },
)
