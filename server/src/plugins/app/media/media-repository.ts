import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import type { Database } from '../../../db/types.js'
import { duplicateSignal, type Signal } from './signals.js'

declare module 'fastify' {
  interface FastifyInstance {
    mediaRepository: ReturnType<typeof createMediaRepository>
  }
}

type Db = Kysely<Database>
type MediaRow = Database['submission_media']

/** Facts a finished job stores (null where it could not find them). */
export type MediaFacts = Pick<
  MediaRow,
  | 'sha256'
  | 'duration_s'
  | 'width'
  | 'height'
  | 'bitrate_kbps'
  | 'recorded_at'
  | 'review_file'
  | 'poster_file'
  | 'thumbs_file'
>
const FACT_COLUMNS = [
  'sha256',
  'duration_s',
  'width',
  'height',
  'bitrate_kbps',
  'recorded_at',
  'review_file',
  'poster_file',
  'thumbs_file',
] as const

// At most this many other submissions are named as duplicates of one (a file sent 100 times is flagged anyway).
const MAX_DUPLICATES = 20

/**
 * The media jobs and their results, in SQL that SQLite and PostgreSQL run alike.
 * A job is a `submission_media` row in status `processing`; a worker takes it by a conditional UPDATE
 * on an expired (or absent) lease, so of two instances only one ever gets a given job.
 */
export function createMediaRepository(fastify: FastifyInstance) {
  const db = fastify.db

  /** Queues a job for every submission that has none (older databases, seeded data). */
  async function backfill(): Promise<number> {
    const now = new Date().toISOString()
    const res = await db
      .insertInto('submission_media')
      .columns(['submission_id', 'status', 'created_at'])
      .expression((eb) =>
        eb
          .selectFrom('submissions as s')
          .select(['s.id', sql.lit('processing').as('status'), sql.lit(now).as('created_at')])
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('submission_media as m').select('m.submission_id').whereRef('m.submission_id', '=', 's.id'),
              ),
            ),
          ),
      )
      .onConflict((oc) => oc.column('submission_id').doNothing())
      .executeTakeFirst()
    return Number(res.numInsertedOrUpdatedRows ?? 0)
  }

  /** Takes the oldest free job for `owner` until now + leaseS; null when none is free. */
  async function claim(owner: string, leaseS: number): Promise<{ submission_id: number; attempts: number } | null> {
    const now = new Date()
    const nowIso = now.toISOString()
    const free = (eb: ExpressionBuilder<Database, 'submission_media'>) =>
      eb.and([eb('status', '=', 'processing'), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)])])
    const next = await db
      .selectFrom('submission_media')
      .select('submission_id')
      .where(free)
      .orderBy('submission_id')
      .limit(1)
      .executeTakeFirst()
    if (!next) return null
    // The same condition again: whoever updates first wins; the other sees no row change.
    const row = await db
      .updateTable('submission_media')
      .set((eb) => ({
        lease_owner: owner,
        lease_until: new Date(now.getTime() + leaseS * 1000).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('submission_id', '=', next.submission_id)
      .where(free)
      .returning(['submission_id', 'attempts'])
      .executeTakeFirst()
    return row ? { submission_id: row.submission_id, attempts: Number(row.attempts) } : null
  }

  /** Extends the lease; false when the job is no longer this owner's (then the worker stops). */
  async function heartbeat(id: number, owner: string, leaseS: number): Promise<boolean> {
    const res = await db
      .updateTable('submission_media')
      .set({ lease_until: new Date(Date.now() + leaseS * 1000).toISOString() })
      .where('submission_id', '=', id)
      .where('lease_owner', '=', owner)
      .where('status', '=', 'processing')
      .executeTakeFirst()
    return Number(res.numUpdatedRows) === 1
  }

  /** Gives a job back untouched (a graceful shutdown): the attempt does not count. */
  async function release(id: number, owner: string): Promise<void> {
    await db
      .updateTable('submission_media')
      .set((eb) => ({ lease_owner: null, lease_until: null, attempts: eb('attempts', '-', 1) }))
      .where('submission_id', '=', id)
      .where('lease_owner', '=', owner)
      .where('status', '=', 'processing')
      .execute()
  }

  /** What a job needs to know about its submission. */
  function jobSubmission(id: number) {
    return db
      .selectFrom('submissions as s')
      .innerJoin('reports as r', 'r.ref_key', 's.ref_key')
      .select(['s.id', 's.ref_key', 's.file_name', 's.time_sent', 's.lat', 's.long', 's.uploaded_at', 'r.vehicle_guid'])
      .where('s.id', '=', id)
      .executeTakeFirst()
  }

  /** A finished row with the same stored file, or the same content: its facts can be reused. */
  async function readyTwin(by: { fileName: string } | { sha256: string }, exceptId: number) {
    let q = db
      .selectFrom('submission_media as m')
      .innerJoin('submissions as s', 's.id', 'm.submission_id')
      .select([...FACT_COLUMNS.map((c) => `m.${c}` as const), 's.file_name'])
      .where('m.status', '=', 'ready')
      .where('m.submission_id', '<>', exceptId)
    q = 'fileName' in by ? q.where('s.file_name', '=', by.fileName) : q.where('m.sha256', '=', by.sha256)
    return q.orderBy('m.submission_id').limit(1).executeTakeFirst()
  }

  /** Records the content hash as soon as it is known (duplicate checks of other jobs see it from then on). */
  async function saveSha(id: number, owner: string, sha256: string): Promise<void> {
    await db
      .updateTable('submission_media')
      .set({ sha256 })
      .where('submission_id', '=', id)
      .where('lease_owner', '=', owner)
      .execute()
  }

  /** GPS points of the vehicle's submissions sent before this one (any of its reports). */
  async function earlierPoints(vehicleGuid: string, beforeId: number) {
    const rows = await db
      .selectFrom('submissions as s')
      .innerJoin('reports as r', 'r.ref_key', 's.ref_key')
      .select(['s.lat', 's.long'])
      .where('r.vehicle_guid', '=', vehicleGuid)
      .where('s.id', '<', beforeId)
      .orderBy('s.id', 'desc')
      .limit(500)
      .execute()
    return rows.map((r) => ({ lat: Number(r.lat), long: Number(r.long) }))
  }

  const signalRow = (submissionId: number, s: Signal, ref: string, now: string) => ({
    submission_id: submissionId,
    code: s.code,
    severity: s.severity,
    message: s.message,
    detail: JSON.stringify(s.detail),
    ref,
    created_at: now,
  })

  /**
   * Stores a job's outcome, its signals and duplicate_video on both sides, in one transaction and only
   * while the job is still this owner's. False when the lease was lost (another worker has it now).
   */
  async function finish(
    id: number,
    owner: string,
    outcome: { status: 'ready' | 'failed'; error: string | null; facts: MediaFacts },
    signals: Signal[],
    /** False when the stored file was checked already, under another submission sharing it. */
    checkDuplicates = true,
  ): Promise<boolean> {
    const now = new Date().toISOString()
    return db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('submission_media')
        .set({
          ...outcome.facts,
          status: outcome.status,
          error: outcome.error,
          lease_owner: null,
          lease_until: null,
          finished_at: now,
        })
        .where('submission_id', '=', id)
        .where('lease_owner', '=', owner)
        .where('status', '=', 'processing')
        .executeTakeFirst()
      if (Number(res.numUpdatedRows) !== 1) return false
      // A retried job recomputes its own signals; duplicate flags other jobs set on it stay.
      await trx
        .deleteFrom('submission_signals')
        .where('submission_id', '=', id)
        .where('code', '<>', 'duplicate_video')
        .execute()
      const rows = signals.map((s) => signalRow(id, s, '', now))
      if (outcome.facts.sha256 && checkDuplicates) {
        const me = await sideOf(trx, id)
        // Another upload of the same bytes; one stored file shared by several rows (the demo's sample) is one upload.
        const others = await trx
          .selectFrom('submission_media as m')
          .innerJoin('submissions as s', 's.id', 'm.submission_id')
          .innerJoin('reports as r', 'r.ref_key', 's.ref_key')
          .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
          .select(['s.id', 's.ref_key', 's.uploaded_at', 'r.report_number', 'v.plate_number'])
          .where('m.sha256', '=', outcome.facts.sha256)
          .where('m.submission_id', '<>', id)
          .where('s.file_name', '<>', me.file_name)
          .orderBy('s.id')
          .limit(MAX_DUPLICATES)
          .execute()
        for (const o of others) {
          rows.push(signalRow(id, duplicateSignal(o), o.ref_key, now))
          rows.push(signalRow(o.id, duplicateSignal(me), me.ref_key, now))
        }
      }
      if (rows.length) {
        await trx
          .insertInto('submission_signals')
          .values(rows)
          .onConflict((oc) => oc.columns(['submission_id', 'code', 'ref']).doNothing())
          .execute()
      }
      return true
    })
  }

  const sideOf = (trx: Db, id: number) =>
    trx
      .selectFrom('submissions as s')
      .innerJoin('reports as r', 'r.ref_key', 's.ref_key')
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .select(['s.ref_key', 's.file_name', 's.uploaded_at', 'r.report_number', 'v.plate_number'])
      .where('s.id', '=', id)
      .executeTakeFirstOrThrow()

  /** The latest submission of a report with its media row (company-scoped when `companyId` is given). */
  async function latestWithMedia(refKey: string, companyId?: number) {
    let q = db
      .selectFrom('submissions as s')
      .innerJoin('reports as r', 'r.ref_key', 's.ref_key')
      .leftJoin('submission_media as m', 'm.submission_id', 's.id')
      .select([
        's.id',
        's.file_name',
        's.etag',
        's.uploaded_at',
        'm.status',
        'm.sha256',
        'm.review_file',
        'm.poster_file',
        'm.thumbs_file',
      ])
      .where('s.ref_key', '=', refKey)
    if (companyId !== undefined) q = q.where('r.company_id', '=', companyId)
    return q.orderBy('s.id', 'desc').limit(1).executeTakeFirst()
  }

  return {
    backfill,
    claim,
    heartbeat,
    release,
    jobSubmission,
    readyTwin,
    saveSha,
    earlierPoints,
    finish,
    latestWithMedia,
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('mediaRepository', createMediaRepository(fastify))
  },
  { name: 'media-repository', dependencies: ['database'] },
)
