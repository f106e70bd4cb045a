import { type Kysely, sql } from 'kysely'

/**
 * Undoing a decision (api-contract.md "Workflow additions": DELETE /1c/reports/{ref_key}/decision).
 *
 * The decision row stays (the history shows the decision and its undo) and gets `undone_at` /
 * `undone_by`. A decision that was undone never happened for the report's facts: `rejected_once` (006)
 * counts only rejections that stand, so the facts' recompute of 006 is replaced by one that skips undone
 * rows, and a trigger recomputes it when a decision is undone, whatever writes it.
 * Reviewers' decisions by day (`decided_at`, reviewer) are looked up for "decided by me today".
 */
export async function up(db: Kysely<any>, isPg: boolean): Promise<void> {
  await db.schema.alterTable('decisions').addColumn('undone_at', 'text').execute()
  await db.schema.alterTable('decisions').addColumn('undone_by', 'text').execute()
  await db.schema.createIndex('decisions_reviewer').on('decisions').columns(['reviewer_login', 'decided_at']).execute()
  await db.schema.createIndex('decisions_ref').on('decisions').columns(['ref_key', 'id']).execute()
  if (isPg) await pgTriggers(db)
  else await sqliteTriggers(db)
}

const standingRejection = (ref: string) =>
  `case when exists (select 1 from decisions d where d.ref_key = ${ref} and d.status_code = 4 and d.undone_at is null)
    then 1 else 0 end`

const recompute = (ref: string) => `
  first_uploaded_at = (select min(s.uploaded_at) from submissions s where s.ref_key = ${ref}),
  last_uploaded_at = (select max(s.uploaded_at) from submissions s where s.ref_key = ${ref}),
  rejected_once = ${standingRejection(ref)}`

async function sqliteTriggers(db: Kysely<any>) {
  const statements = [
    `drop trigger submissions_facts_delete`,
    `drop trigger decisions_facts_delete`,
    `create trigger submissions_facts_delete after delete on submissions begin
       update reports set ${recompute('old.ref_key')} where ref_key = old.ref_key;
     end`,
    `create trigger decisions_facts_delete after delete on decisions begin
       update reports set ${recompute('old.ref_key')} where ref_key = old.ref_key;
     end`,
    `create trigger decisions_facts_undo after update of undone_at on decisions begin
       update reports set rejected_once = ${standingRejection('new.ref_key')} where ref_key = new.ref_key;
     end`,
  ]
  for (const s of statements) await sql.raw(s).execute(db)
}

async function pgTriggers(db: Kysely<any>) {
  const statements = [
    `create or replace function report_facts_recompute() returns trigger language plpgsql set enable_seqscan = off as $$
     begin
       update reports r set ${recompute('r.ref_key')}
       from (select distinct ref_key from removed) n
       where r.ref_key = n.ref_key;
       return null;
     end $$`,
    `create function decisions_facts_undo() returns trigger language plpgsql set enable_seqscan = off as $$
     begin
       update reports r set rejected_once = ${standingRejection('r.ref_key')} where r.ref_key = new.ref_key;
       return null;
     end $$`,
    `create trigger decisions_facts_undo after update of undone_at on decisions
       for each row when (old.undone_at is distinct from new.undone_at) execute function decisions_facts_undo()`,
  ]
  for (const s of statements) await sql.raw(s).execute(db)
}
