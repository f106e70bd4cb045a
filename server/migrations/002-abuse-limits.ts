import type { Kysely } from 'kysely'

/**
 * Sign-in that can face the internet (api-contract.md "Abuse limits", "Sessions").
 * - `otps` is rebuilt: a code now carries what the sign-in will do once it is verified (the role 2
 *   mobile and first name, the FCM), because nothing is created or changed before that. Codes live
 *   10 minutes, so dropping the pending ones at the upgrade costs a user one new code at most.
 * - `limit_events`: one row per counted event (a failed /auth, a letter, a failed 1C password),
 *   counted in a time window, so every API instance sees the same counters.
 * - `session_logouts`: per (user, device uuid), when it last logged out; older tokens are refused.
 */
export async function up(db: Kysely<any>, isPg: boolean): Promise<void> {
  const id = (name: string) => (b: any) =>
    isPg
      ? b.addColumn(name, 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : b.addColumn(name, 'integer', (c: any) => c.primaryKey().autoIncrement())

  await db.schema.dropTable('otps').execute()
  await id('id')(db.schema.createTable('otps'))
    .addColumn('biin', 'text', (c: any) => c.notNull())
    .addColumn('uuid', 'text', (c: any) => c.notNull())
    .addColumn('company_id', 'integer', (c: any) => c.notNull().references('companies.id'))
    .addColumn('role_id', 'integer', (c: any) => c.notNull())
    // The director (role 1); null for an employee, who is found or created only by a successful /auth.
    .addColumn('user_id', 'integer', (c: any) => c.references('users.id'))
    .addColumn('mobile', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('first_name', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('fcm', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('code_hash', 'text', (c: any) => c.notNull())
    .addColumn('attempts', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text', (c: any) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('otps_biin_uuid').on('otps').columns(['biin', 'uuid', 'id']).execute()

  // kind: 'auth_fail' (subject = BIN/IIN), 'letter' (subject = BIN/IIN, device = uuid), '1c_fail' (subject = login).
  await id('id')(db.schema.createTable('limit_events'))
    .addColumn('kind', 'text', (c: any) => c.notNull())
    .addColumn('subject', 'text', (c: any) => c.notNull())
    .addColumn('device', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('ip', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema
    .createIndex('limit_events_subject')
    .on('limit_events')
    .columns(['kind', 'subject', 'created_at'])
    .execute()
  await db.schema.createIndex('limit_events_ip').on('limit_events').columns(['kind', 'ip', 'created_at']).execute()

  await db.schema
    .createTable('session_logouts')
    .addColumn('user_id', 'integer', (c: any) => c.notNull().references('users.id'))
    .addColumn('uuid', 'text', (c: any) => c.notNull())
    .addColumn('logged_out_at', 'integer', (c: any) => c.notNull()) // seconds, compared with the JWT iat
    .addPrimaryKeyConstraint('session_logouts_pk', ['user_id', 'uuid'])
    .execute()
}
