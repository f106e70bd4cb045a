import { type Kysely, sql } from 'kysely'

/**
 * The whole schema. Dialect-neutral: `isPg` only changes how an auto-increment key is spelled.
 * Instants (`*_at`) are UTC ISO strings; business dates (`date_start`, `date_finish`,
 * `contract_date_end`) are Asia/Almaty calendar dates `YYYY-MM-DD`, so both compare as text.
 */
export async function up(db: Kysely<any>, isPg: boolean): Promise<void> {
  const id = (name: string) => (b: any) =>
    isPg
      ? b.addColumn(name, 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : b.addColumn(name, 'integer', (c: any) => c.primaryKey().autoIncrement())

  await id('id')(db.schema.createTable('companies'))
    .addColumn('biin', 'text', (c: any) => c.notNull().unique())
    .addColumn('name', 'text', (c: any) => c.notNull())
    .addColumn('email', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute()

  // Directors (role_id 1) and employees (role_id 2). A deleted employee keeps the row (history).
  await id('id')(db.schema.createTable('users'))
    .addColumn('company_id', 'integer', (c: any) => c.notNull().references('companies.id'))
    .addColumn('role_id', 'integer', (c: any) => c.notNull())
    .addColumn('first_name', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('last_name', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('patronic_name', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('mobile', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('fcm', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('users_company').on('users').columns(['company_id', 'role_id']).execute()

  // One-time passwords, bound to (biin, uuid). `code_hash` is an HMAC of the code, never the code.
  await id('id')(db.schema.createTable('otps'))
    .addColumn('biin', 'text', (c: any) => c.notNull())
    .addColumn('uuid', 'text', (c: any) => c.notNull())
    .addColumn('user_id', 'integer', (c: any) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'text', (c: any) => c.notNull())
    .addColumn('attempts', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text', (c: any) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('otps_biin_uuid').on('otps').columns(['biin', 'uuid', 'created_at']).execute()

  // Refresh tokens: `id` is the JWT's rti, `family` its rtp. Rotation retires a token and records
  // its successor; a retired token seen again later than the grace window revokes the family.
  await id('id')(db.schema.createTable('refresh_tokens'))
    .addColumn('family', 'text', (c: any) => c.notNull())
    .addColumn('user_id', 'integer', (c: any) => c.notNull().references('users.id'))
    .addColumn('uuid', 'text', (c: any) => c.notNull())
    .addColumn('issued_at', 'integer', (c: any) => c.notNull()) // JWT iat (seconds)
    .addColumn('expires_at', 'integer', (c: any) => c.notNull()) // JWT exp (seconds)
    .addColumn('retired_at', 'text')
    .addColumn('successor_id', 'integer')
    .addColumn('revoked_at', 'text')
    .execute()
  await db.schema.createIndex('refresh_tokens_user').on('refresh_tokens').column('user_id').execute()
  await db.schema.createIndex('refresh_tokens_family').on('refresh_tokens').column('family').execute()

  await db.schema
    .createTable('vehicle_types')
    .addColumn('code', 'text', (c: any) => c.primaryKey())
    .addColumn('title', 'text', (c: any) => c.notNull())
    .addColumn('instructions', 'text', (c: any) => c.notNull().defaultTo('[]')) // JSON: ordered list of strings
    .execute()

  await db.schema
    .createTable('vehicles')
    .addColumn('guid', 'text', (c: any) => c.primaryKey())
    .addColumn('company_id', 'integer', (c: any) => c.notNull().references('companies.id'))
    .addColumn('vehicle_type_code', 'text', (c: any) => c.notNull().references('vehicle_types.code'))
    .addColumn('vin_code', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('plate_number', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('contract_number', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('contract_date_end', 'text', (c: any) => c.notNull().defaultTo(''))
    .execute()
  await db.schema.createIndex('vehicles_company').on('vehicles').column('company_id').execute()

  await db.schema
    .createTable('reports')
    .addColumn('ref_key', 'text', (c: any) => c.primaryKey())
    .addColumn('company_id', 'integer', (c: any) => c.notNull().references('companies.id'))
    .addColumn('vehicle_guid', 'text', (c: any) => c.notNull().references('vehicles.guid'))
    .addColumn('report_number', 'text', (c: any) => c.notNull())
    .addColumn('contract_number', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('date_start', 'text', (c: any) => c.notNull())
    .addColumn('date_finish', 'text', (c: any) => c.notNull())
    .addColumn('status_code', 'integer', (c: any) => c.notNull().defaultTo(1))
    .addColumn('reject_reason', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('reports_company_finish').on('reports').columns(['company_id', 'date_finish']).execute()
  await db.schema.createIndex('reports_status').on('reports').columns(['status_code', 'updated_at']).execute()
  await db.schema.createIndex('reports_vehicle').on('reports').column('vehicle_guid').execute()

  // Every video sent for a report; the newest is the one shown.
  await id('id')(db.schema.createTable('submissions'))
    .addColumn('ref_key', 'text', (c: any) => c.notNull().references('reports.ref_key'))
    .addColumn('user_id', 'integer')
    .addColumn('file_name', 'text', (c: any) => c.notNull())
    .addColumn('size', 'integer', (c: any) => c.notNull())
    .addColumn('etag', 'text', (c: any) => c.notNull())
    .addColumn('time_sent', 'text', (c: any) => c.notNull())
    .addColumn('lat', 'double precision', (c: any) => c.notNull())
    .addColumn('long', 'double precision', (c: any) => c.notNull())
    .addColumn('uploaded_at', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('submissions_report').on('submissions').columns(['ref_key', 'id']).execute()

  // Reviewer decisions (approve 3 / reject 4), with who and when.
  await id('id')(db.schema.createTable('decisions'))
    .addColumn('ref_key', 'text', (c: any) => c.notNull().references('reports.ref_key'))
    .addColumn('status_code', 'integer', (c: any) => c.notNull())
    .addColumn('reject_reason', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('reviewer_login', 'text', (c: any) => c.notNull())
    .addColumn('decided_at', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('decisions_report').on('decisions').columns(['ref_key', 'id']).execute()

  // 1C / Forte staff accounts: one per person, scrypt password hashes.
  await db.schema
    .createTable('reviewers')
    .addColumn('login', 'text', (c: any) => c.primaryKey())
    .addColumn('display_name', 'text', (c: any) => c.notNull())
    .addColumn('password_hash', 'text', (c: any) => c.notNull())
    .execute()

  // The dev mailbox: letters the server "sent" when no SMTP is configured.
  await id('id')(db.schema.createTable('outbox'))
    .addColumn('to_addr', 'text', (c: any) => c.notNull())
    .addColumn('subject', 'text', (c: any) => c.notNull())
    .addColumn('body', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute()
  void sql
}
