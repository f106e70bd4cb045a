import type { Kysely } from 'kysely'

/**
 * The company's report list (by date_finish, then ref_key) read from one index, in its order: no sort
 * of each day's reports, and on SQLite no lookup of each row in the table either (the index holds every
 * column the list reads). It replaces `reports_company_finish`, whose (company_id, date_finish) it
 * starts with, so the queries that used that one use this one. PostgreSQL caps an index entry at about
 * 2.7 kB, which a 1,000-character reject reason can pass: there the index holds the order only.
 * Each step may find its work done: SQLite runs a migration outside a transaction, so one stopped
 * halfway runs again from the start.
 */
export async function up(db: Kysely<any>, isPg: boolean): Promise<void> {
  const order = ['company_id', 'date_finish', 'ref_key']
  const listed = ['report_number', 'contract_number', 'date_start', 'status_code', 'vehicle_guid', 'reject_reason']
  await db.schema
    .createIndex('reports_company_list')
    .ifNotExists()
    .on('reports')
    .columns(isPg ? order : [...order, ...listed])
    .execute()
  await db.schema.dropIndex('reports_company_finish').ifExists().execute()
}
