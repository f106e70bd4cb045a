import type { Kysely } from 'kysely'

/**
 * The media pipeline: one row per submission that is both its processing job (status, lease,
 * attempts) and the facts the job found; and the review signals, one row each.
 * Dialect-neutral like 001: only the auto-increment key is spelled per dialect.
 */
export async function up(db: Kysely<any>, isPg: boolean): Promise<void> {
  await db.schema
    .createTable('submission_media')
    .addColumn('submission_id', 'integer', (c: any) => c.primaryKey().references('submissions.id'))
    // processing (a job to do or being done) | ready | failed
    .addColumn('status', 'text', (c: any) => c.notNull().defaultTo('processing'))
    .addColumn('attempts', 'integer', (c: any) => c.notNull().defaultTo(0))
    // Which worker holds the job and until when (UTC ISO); an expired lease is free to take.
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('sha256', 'text')
    .addColumn('duration_s', 'double precision')
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('bitrate_kbps', 'integer')
    .addColumn('recorded_at', 'text') // Asia/Almaty local ISO, the file's own creation time
    // Where the review rendition lives, relative to VIDEO_DIR (may be the original itself); null: none.
    .addColumn('review_file', 'text')
    .addColumn('poster_file', 'text')
    .addColumn('thumbs_file', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute()
  await db.schema
    .createIndex('submission_media_queue')
    .on('submission_media')
    .columns(['status', 'lease_until'])
    .execute()
  await db.schema.createIndex('submission_media_sha256').on('submission_media').column('sha256').execute()
  // Many submissions may share one stored file (the demo's sample): find one already processed.
  await db.schema.createIndex('submissions_file').on('submissions').column('file_name').execute()

  const id = (b: any) =>
    isPg
      ? b.addColumn('id', 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : b.addColumn('id', 'integer', (c: any) => c.primaryKey().autoIncrement())
  await id(db.schema.createTable('submission_signals'))
    .addColumn('submission_id', 'integer', (c: any) => c.notNull().references('submissions.id'))
    .addColumn('code', 'text', (c: any) => c.notNull())
    .addColumn('severity', 'text', (c: any) => c.notNull())
    .addColumn('message', 'text', (c: any) => c.notNull())
    .addColumn('detail', 'text', (c: any) => c.notNull().defaultTo('{}')) // JSON object
    // What makes two signals of one code different: the other report for duplicate_video, else ''.
    .addColumn('ref', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema
    .createIndex('submission_signals_unique')
    .on('submission_signals')
    .columns(['submission_id', 'code', 'ref'])
    .unique()
    .execute()
  await db.schema
    .createIndex('submission_signals_code')
    .on('submission_signals')
    .columns(['code', 'submission_id'])
    .execute()
}
