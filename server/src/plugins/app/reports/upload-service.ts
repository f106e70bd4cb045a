import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { STATUS } from '../../../lib/codes.js'
import { ApiError, conflict, notFound, unavailable } from '../../../lib/errors.js'
import type { UploadFields } from '../../../lib/upload-fields.js'
import type { PendingUpload } from '../../../lib/upload-store.js'
import { enqueueMedia } from '../media/enqueue.js'

declare module 'fastify' {
  interface FastifyInstance {
    uploadService: ReturnType<typeof createUploadService>
  }
}

/** Statuses that take a video: due and rejected. */
const UPLOADABLE_STATUSES: readonly number[] = [STATUS.DUE, STATUS.REJECTED]

/** A file name inside VIDEO_DIR that no ref_key can steer outside it. */
const videoName = (refKey: string) => `reports/${refKey.replace(/[^A-Za-z0-9-]/g, '_')}/${randomUUID()}.mp4`

/** A database call whose own failure is a 503 naming the database (our refusals pass as they are). */
const orDatabaseDown = <T>(p: Promise<T>): Promise<T> =>
  p.catch((e: unknown) => {
    throw e instanceof ApiError ? e : unavailable('database', e)
  })

/**
 * The database side of POST /reports/upload (the route reads the multipart stream): whether a report
 * takes a video, and the one transaction that saves it.
 */
export function createUploadService(fastify: FastifyInstance) {
  const repo = fastify.reportsRepository

  /** The caller's company's report, or 404 (never reveal another company's); 409 unless due or rejected. */
  async function assertUploadable(refKey: string, companyId: number): Promise<void> {
    const status = await orDatabaseDown(repo.statusOf(companyId, refKey))
    if (status === null) throw notFound('Report not found.')
    if (!UPLOADABLE_STATUSES.includes(status)) throw conflict(`Report is not awaiting a video (status ${status}).`)
  }

  /**
   * The upload's one transaction: the report moves to SENT (only from due or rejected: a concurrent
   * upload or decision since the check makes this a 409), the submission row and its media job, and
   * last the rename of the file into place, so a failed rename rolls the rows back.
   */
  async function commit(upload: { fields: UploadFields; userId: number; companyId: number; file: PendingUpload }) {
    const { fields, userId, companyId, file } = upload
    const now = new Date().toISOString()
    const file_name = videoName(fields.ref_key)
    await orDatabaseDown(
      fastify.db.transaction().execute(async (trx) => {
        if (!(await repo.markSent(trx, companyId, fields.ref_key, UPLOADABLE_STATUSES, now)))
          throw conflict('Report is not awaiting a video any more.')
        const id = await repo.insertSubmission(trx, {
          ref_key: fields.ref_key,
          user_id: userId,
          file_name,
          size: file.size,
          etag: file.etag,
          time_sent: fields.time_sent,
          lat: fields.lat,
          long: fields.long,
          uploaded_at: now,
        })
        await enqueueMedia(trx, id)
        // Last step inside the transaction: a failed rename rolls the rows back.
        await file.commit(file_name)
      }),
    )
  }

  return { assertUploadable, commit }
}

export default fp(
  async (fastify) => {
    fastify.decorate('uploadService', createUploadService(fastify))
  },
  { name: 'upload-service', dependencies: ['reports-repository'] },
)
