import type { Kysely } from 'kysely'

/**
 * A table that only GET /health writes to, inside a transaction it rolls back: a real write proves the
 * database takes writes (a read-only or full database answers a `select 1` just fine).
 */
export async function up(db: Kysely<any>, _isPg: boolean): Promise<void> {
  await db.schema
    .createTable('health_probe')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute()
}
