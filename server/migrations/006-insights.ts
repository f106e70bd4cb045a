import { type Kysely, sql } from 'kysely'

/**
 * Insights and reminders (api-contract.md "Insights and reminders").
 *
 * Stats at 100,000 reports must be one pass over an index, so each report carries the facts they
 * read, kept by triggers whatever writes (an upload, a decision, 1C's sync, a seed):
 * - `first_uploaded_at` / `last_uploaded_at`: its first and latest submission (UTC ISO, as
 *   `submissions.uploaded_at`): on time or late; how long it waits for review;
 * - `rejected_once`: 1 once a rejection decision exists for it;
 * - `vehicle_type_code`: its vehicle's type (followed when the report moves to another vehicle or the
 *   vehicle's type changes), for the breakdown by type.
 * Deleting submissions or decisions recomputes the first two facts from what remains. A bulk load
 * may insert reports with their facts already right (the scale seed does): the triggers then write
 * nothing more (an insert's vehicle type is taken when given; the upload and decision facts only
 * move forward).
 *
 * Reminders:
 * - `company_settings`: a company's reminder choices; no row = the defaults (on, 3 days before).
 *   `reminders` is 0/1 so both dialects store it alike.
 * - `reminder_digests`: one row per (company, Almaty day) whose daily digest was queued: the primary
 *   key makes the pass idempotent across restarts and instances (insert-or-nothing, in the
 *   transaction that queues the letter). `outbox_id` is that letter.
 * - `decision_letters`: the rejection letter a decision queued, keyed by the decision: one letter per
 *   decision, and an undo finds it (`outbox_id`) to drop it while unsent.
 */
export async function up(db: Kysely<any>, isPg: boolean): Promise<void> {
  for (const [name, type] of [
    ['vehicle_type_code', 'text'],
    ['first_uploaded_at', 'text'],
    ['last_uploaded_at', 'text'],
  ] as const)
    await db.schema.alterTable('reports').addColumn(name, type).execute()
  await db.schema
    .alterTable('reports')
    .addColumn('rejected_once', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  await sql`update reports set
      vehicle_type_code = (select v.vehicle_type_code from vehicles v where v.guid = reports.vehicle_guid),
      first_uploaded_at = (select min(s.uploaded_at) from submissions s where s.ref_key = reports.ref_key),
      last_uploaded_at = (select max(s.uploaded_at) from submissions s where s.ref_key = reports.ref_key),
      rejected_once = case when exists (select 1 from decisions d where d.ref_key = reports.ref_key and d.status_code = 4)
        then 1 else 0 end`.execute(db)

  if (isPg) await pgTriggers(db)
  else await sqliteTriggers(db)

  // Stats of one company over a date range (and its open overdue reports), of every company, the review queue.
  // No index leads with status: the planner would take it for the overdue list and sort every open report.
  const facts = ['date_finish', 'vehicle_type_code', 'status_code', 'first_uploaded_at', 'rejected_once']
  await db.schema
    .createIndex('reports_stats_company')
    .on('reports')
    .columns(['company_id', ...facts])
    .execute()
  await db.schema
    .createIndex('reports_stats_finish')
    .on('reports')
    .columns([...facts, 'company_id'])
    .execute()
  // Decisions of one company: which company a report is, without reading its row.
  await db.schema.createIndex('reports_ref_company').on('reports').columns(['ref_key', 'company_id']).execute()
  await db.schema
    .createIndex('reports_queue')
    .on('reports')
    .columns(['status_code', 'company_id', 'last_uploaded_at', 'updated_at'])
    .execute()
  await db.schema.createIndex('decisions_decided').on('decisions').columns(['decided_at']).execute()

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
}

// The facts of one report recomputed from what its submissions and decisions are now.
const recompute = (ref: string) => `
  first_uploaded_at = (select min(s.uploaded_at) from submissions s where s.ref_key = ${ref}),
  last_uploaded_at = (select max(s.uploaded_at) from submissions s where s.ref_key = ${ref}),
  rejected_once = case when exists (select 1 from decisions d where d.ref_key = ${ref} and d.status_code = 4)
    then 1 else 0 end`

/** SQLite: row triggers (a report's own row is updated by its key). */
async function sqliteTriggers(db: Kysely<any>) {
  const statements = [
    `create trigger reports_vehicle_type_insert after insert on reports when new.vehicle_type_code is null begin
       update reports set vehicle_type_code = (select vehicle_type_code from vehicles where guid = new.vehicle_guid)
       where ref_key = new.ref_key;
     end`,
    `create trigger reports_vehicle_type_move after update of vehicle_guid on reports begin
       update reports set vehicle_type_code = (select vehicle_type_code from vehicles where guid = new.vehicle_guid)
       where ref_key = new.ref_key;
     end`,
    `create trigger vehicles_type_change after update of vehicle_type_code on vehicles begin
       update reports set vehicle_type_code = new.vehicle_type_code where vehicle_guid = new.guid;
     end`,
    `create trigger submissions_facts_insert after insert on submissions begin
       update reports set
         first_uploaded_at = case when first_uploaded_at is null or new.uploaded_at < first_uploaded_at
           then new.uploaded_at else first_uploaded_at end,
         last_uploaded_at = case when last_uploaded_at is null or new.uploaded_at > last_uploaded_at
           then new.uploaded_at else last_uploaded_at end
       where ref_key = new.ref_key and (first_uploaded_at is null or new.uploaded_at < first_uploaded_at
         or last_uploaded_at is null or new.uploaded_at > last_uploaded_at);
     end`,
    `create trigger submissions_facts_delete after delete on submissions begin
       update reports set ${recompute('old.ref_key')} where ref_key = old.ref_key;
     end`,
    `create trigger decisions_facts_insert after insert on decisions when new.status_code = 4 begin
       update reports set rejected_once = 1 where ref_key = new.ref_key and rejected_once = 0;
     end`,
    `create trigger decisions_facts_delete after delete on decisions begin
       update reports set ${recompute('old.ref_key')} where ref_key = old.ref_key;
     end`,
  ]
  for (const s of statements) await sql.raw(s).execute(db)
}

/**
 * PostgreSQL: the report's own columns in BEFORE row triggers; statement triggers for bulk inserts,
 * each an UPDATE … FROM the transition table by the report's key. Their lookups are by key: the
 * functions turn sequential scans off, or within a bulk load (reports inserted in the same
 * transaction, no statistics yet) the planner scans every report per statement.
 */
async function pgTriggers(db: Kysely<any>) {
  const statements = [
    `create function reports_vehicle_type() returns trigger language plpgsql as $$
     begin
       if tg_op = 'UPDATE' or new.vehicle_type_code is null then
         new.vehicle_type_code := (select vehicle_type_code from vehicles where guid = new.vehicle_guid);
       end if;
       return new;
     end $$`,
    `create trigger reports_vehicle_type before insert or update of vehicle_guid on reports
       for each row execute function reports_vehicle_type()`,
    `create function vehicles_type_change() returns trigger language plpgsql set enable_seqscan = off as $$
     begin
       update reports set vehicle_type_code = new.vehicle_type_code where vehicle_guid = new.guid;
       return null;
     end $$`,
    `create trigger vehicles_type_change after update of vehicle_type_code on vehicles
       for each row when (old.vehicle_type_code is distinct from new.vehicle_type_code)
       execute function vehicles_type_change()`,
    `create function submissions_facts_insert() returns trigger language plpgsql set enable_seqscan = off as $$
     begin
       update reports r set
         first_uploaded_at = case when r.first_uploaded_at is null or n.first < r.first_uploaded_at
           then n.first else r.first_uploaded_at end,
         last_uploaded_at = case when r.last_uploaded_at is null or n.last > r.last_uploaded_at
           then n.last else r.last_uploaded_at end
       from (select ref_key, min(uploaded_at) as first, max(uploaded_at) as last from inserted group by ref_key) n
       where r.ref_key = n.ref_key and (r.first_uploaded_at is null or n.first < r.first_uploaded_at
         or r.last_uploaded_at is null or n.last > r.last_uploaded_at);
       return null;
     end $$`,
    `create trigger submissions_facts_insert after insert on submissions
       referencing new table as inserted for each statement execute function submissions_facts_insert()`,
    `create function decisions_facts_insert() returns trigger language plpgsql set enable_seqscan = off as $$
     begin
       update reports r set rejected_once = 1
       from (select distinct ref_key from inserted where status_code = 4) n
       where r.ref_key = n.ref_key and r.rejected_once = 0;
       return null;
     end $$`,
    `create trigger decisions_facts_insert after insert on decisions
       referencing new table as inserted for each statement execute function decisions_facts_insert()`,
    `create function report_facts_recompute() returns trigger language plpgsql set enable_seqscan = off as $$
     begin
       update reports r set ${recompute('r.ref_key')}
       from (select distinct ref_key from removed) n
       where r.ref_key = n.ref_key;
       return null;
     end $$`,
    `create trigger submissions_facts_delete after delete on submissions
       referencing old table as removed for each statement execute function report_facts_recompute()`,
    `create trigger decisions_facts_delete after delete on decisions
       referencing old table as removed for each statement execute function report_facts_recompute()`,
  ]
  for (const s of statements) await sql.raw(s).execute(db)
}
