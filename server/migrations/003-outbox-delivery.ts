import type { Kysely } from 'kysely'

/**
 * The outbox becomes a delivery queue shared by every API instance: a letter is written in the
 * transaction that caused it, then a sender claims it (`claimed_by` until `claim_until`), delivers
 * it, and records `sent_at`, or backs off to `next_attempt_at` until `expires_at` (after which the
 * letter is useless: an OTP past its lifetime). Instants are UTC ISO text, compared as text.
 * Also `app_secrets`: values every instance must share (the JWT secret on PostgreSQL).
 */
export async function up(db: Kysely<any>, _isPg: boolean): Promise<void> {
  const columns: [string, 'text' | 'integer', (c: any) => any][] = [
    ['html', 'text', (c) => c.notNull().defaultTo('')],
    ['kind', 'text', (c) => c.notNull().defaultTo('mail')],
    ['expires_at', 'text', (c) => c.notNull().defaultTo('')],
    ['next_attempt_at', 'text', (c) => c.notNull().defaultTo('')],
    ['attempts', 'integer', (c) => c.notNull().defaultTo(0)],
    ['claimed_by', 'text', (c) => c],
    ['claim_until', 'text', (c) => c],
    ['sent_at', 'text', (c) => c],
    ['last_error', 'text', (c) => c],
  ]
  // One column a statement: SQLite's ALTER TABLE adds one at a time.
  for (const [name, type, build] of columns) await db.schema.alterTable('outbox').addColumn(name, type, build).execute()
  // Letters from before this queue existed were shown in the dev mailbox only: never send them now.
  await db
    .updateTable('outbox')
    .set((eb: any) => ({ expires_at: eb.ref('created_at') }))
    .execute()
  await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'next_attempt_at']).execute()

  await db.schema
    .createTable('app_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
}
