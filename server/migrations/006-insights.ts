import type { Kysely } from 'kysely'

/**
 * Insights and reminders (api-contract.md "Insights and reminders").
 * - `company_settings`: a company's reminder choices; no row = the defaults (on, 3 days before).
 *   `reminders` is 0/1 so both dialects store it alike.
 * - `reminder_digests`: one row per (company, Almaty day) whose daily digest was queued: the primary
 *   key is what makes the pass idempotent across restarts and instances (insert-or-nothing, in the
 *   transaction that queues the letter). `outbox_id` is that letter.
 * - `decision_letters`: the rejection letter queued by a decision, keyed by the decision: one letter
 *   per decision, and an undo finds the letter (`outbox_id`) to drop it while it is unsent.
 * - Indexes for the stats: a report's first and latest upload without reading the submission rows,
 *   and decisions by time (the 90-day windows, decisions per reviewer per day).
 */
export async function up(db: Kysely<any>, _isPg: boolean): Promise<void> {
  await db.schema
    .createTable('company_settings')
    .addColumn('company_id', 'integer', (c) => c.primaryKey().references('companies.id'))
    .addColumn('reminders', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reminder_days_before', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('reminder_digests')
    .addColumn('company_id', 'integer', (c) => c.notNull().references('companies.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('outbox_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_digests_pk', ['company_id', 'day'])
    .execute()

  await db.schema
    .createTable('decision_letters')
    .addColumn('decision_id', 'integer', (c) => c.primaryKey().references('decisions.id'))
    .addColumn('outbox_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createIndex('submissions_report_upload')
    .on('submissions')
    .columns(['ref_key', 'uploaded_at'])
    .execute()
  await db.schema.createIndex('decisions_decided').on('decisions').columns(['decided_at']).execute()
}
