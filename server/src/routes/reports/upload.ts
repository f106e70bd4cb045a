import { randomUUID } from 'node:crypto'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { ApiError, badRequest, conflict, invalid, notFound } from '../../lib/errors.js'
import { type PendingUpload, receiveUpload, tooLarge } from '../../lib/upload-store.js'
import { enqueueMedia } from '../../plugins/app/media/enqueue.js'
import { MAX_UPLOAD_BYTES } from '../../plugins/external/multipart.js'
import { errors, okSchema } from '../../schemas/common.js'
import { checkUploadFields, UPLOADABLE_STATUSES } from './upload-fields.js'

// Boundaries and the four small fields never take more than this beyond the file itself.
const FORM_OVERHEAD = 64 * 1024

/** A file name inside VIDEO_DIR that no ref_key can steer outside it. */
const videoName = (refKey: string) => `reports/${refKey.replace(/[^A-Za-z0-9-]/g, '_')}/${randomUUID()}.mp4`

/**
 * POST /reports/upload: a report's video (multipart: file, ref_key, time_sent, lat, long).
 * The file streams to a temp file; fields and ownership are checked whatever their order; then one
 * transaction (submission + status 2) whose last step renames the file into place. Any failure,
 * including a cut connection, leaves neither a file nor a database change.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const { db, config } = fastify

  /** The caller's company's report, or 404 (never reveal another company's); 409 unless due or rejected. */
  async function uploadableReport(refKey: string, companyId: number) {
    const report = await db
      .selectFrom('reports')
      .select(['ref_key', 'status_code'])
      .where('ref_key', '=', refKey)
      .where('company_id', '=', companyId)
      .executeTakeFirst()
    if (!report) throw notFound('Report not found.')
    if (!UPLOADABLE_STATUSES.includes(report.status_code)) {
      throw conflict(`Report is not awaiting a video (status ${report.status_code}).`)
    }
    return report
  }

  fastify.post(
    '/upload',
    {
      schema: {
        tags: ['reports'],
        summary: "Submit a report's video (multipart/form-data: file, ref_key, time_sent, lat, long)",
        consumes: ['multipart/form-data'],
        security: [{ bearer: [] }],
        response: { 201: okSchema({}), ...errors(400, 401, 404, 409, 413, 415, 422) },
      },
      preHandler: fastify.requireBearer,
    },
    async (request, reply) => {
      const user = request.user!
      if (!request.isMultipart()) throw new ApiError(415, 'Expected multipart/form-data.')
      const declared = Number(request.headers['content-length'])
      if (declared > MAX_UPLOAD_BYTES + FORM_OVERHEAD) throw tooLarge(MAX_UPLOAD_BYTES)

      const fields: Record<string, string> = {}
      let upload: PendingUpload | null = null
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file' || upload) {
              part.file.resume() // not ours: drain without keeping it
              continue
            }
            // ref_key already known: refuse before writing up to 64 MiB to disk.
            if (fields.ref_key) await uploadableReport(fields.ref_key, user.companyId)
            upload = await receiveUpload(part.file, { videoDir: config.videoDir, maxBytes: MAX_UPLOAD_BYTES })
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value
          }
        }

        const checked = checkUploadFields(fields)
        if (!upload) checked.errors.file = 'A video file is required.'
        if (Object.keys(checked.errors).length || !checked.value || !upload) throw invalid(checked.errors)
        const { ref_key, time_sent, lat, long } = checked.value
        await uploadableReport(ref_key, user.companyId)

        const pending = upload
        const now = new Date().toISOString()
        await db.transaction().execute(async (trx) => {
          // Conditional: a concurrent upload or decision since the check above makes this a 409.
          const updated = await trx
            .updateTable('reports')
            .set({ status_code: 2, updated_at: now })
            .where('ref_key', '=', ref_key)
            .where('company_id', '=', user.companyId)
            .where('status_code', 'in', [...UPLOADABLE_STATUSES])
            .executeTakeFirst()
          if (Number(updated.numUpdatedRows) !== 1) throw conflict('Report is not awaiting a video any more.')
          const file_name = videoName(ref_key)
          const { id } = await trx
            .insertInto('submissions')
            .values({
              ref_key,
              user_id: user.userId,
              file_name,
              size: pending.size,
              etag: pending.etag,
              time_sent,
              lat,
              long,
              uploaded_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
          await enqueueMedia(trx, id)
          // Last step inside the transaction: a failed rename rolls the rows back.
          await pending.commit(file_name)
        })
        upload = null
        return sendOk(reply, {}, 201, 'Report has been successfully saved.')
      } catch (err) {
        await upload?.discard()
        // A cut connection is the client's doing, not a server error (and nobody is left to answer).
        if (request.raw.destroyed && !(err instanceof ApiError)) throw badRequest('The upload was interrupted.')
        // The client may still be sending: close the connection rather than read the rest.
        if (!request.raw.readableEnded) reply.header('connection', 'close')
        throw err
      }
    },
  )
}
export default plugin
