import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendOk } from '../../lib/envelope.js'
import { ApiError, badRequest, invalid } from '../../lib/errors.js'
import { checkUploadFields } from '../../lib/upload-fields.js'
import { type PendingUpload, receiveUpload, tooLarge } from '../../lib/upload-store.js'
import { MAX_UPLOAD_BYTES } from '../../plugins/external/multipart.js'
import { errors, okSchema } from '../../schemas/common.js'

/** A `boundary=` parameter with a value (quoted or not): without it the body cannot be split into parts. */
const BOUNDARY = /;\s*boundary=("[^"]+"|[^\s;"]+)/i

// Boundaries and the four small fields never take more than this beyond the file itself.
const FORM_OVERHEAD = 64 * 1024

/** The client went away mid-body (not merely: the body has been read to its end). */
const clientGone = (request: FastifyRequest) => !request.raw.complete && request.raw.destroyed

/**
 * A failure of the form's stream (the multipart parser, or the file part it feeds us): the client's doing,
 * whether it went away or sent a body the parser cannot read. Our own refusals pass as they are.
 */
function formFailure(e: unknown, request: FastifyRequest): unknown {
  if (e instanceof ApiError) return e
  if (clientGone(request)) return badRequest('The upload was interrupted.')
  const status = (e as { statusCode?: number }).statusCode
  if (status && status >= 400 && status < 500) return e // the parser's own limits (413) and refusals
  return badRequest(`Malformed multipart/form-data body: ${(e as Error).message}`)
}

async function* formParts(request: FastifyRequest) {
  try {
    yield* request.parts()
  } catch (e) {
    throw formFailure(e, request)
  }
}

/**
 * POST /reports/upload: a report's video (multipart: file, ref_key, time_sent, lat, long).
 * The file streams to a temp file; fields and ownership are checked whatever their order; then one
 * transaction (submission + status 2) whose last step renames the file into place. Any failure,
 * including a cut connection, leaves neither a file nor a database change. Refusals before the body is
 * read stay readable (plugins/app/early-refusal.ts); the disk or the database failing is a 503 naming it.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const { config, uploadService } = fastify

  fastify.post(
    '/upload',
    {
      schema: {
        tags: ['reports'],
        summary: "Submit a report's video (multipart/form-data: file, ref_key, time_sent, lat, long)",
        consumes: ['multipart/form-data'],
        security: [{ bearer: [] }],
        response: { 201: okSchema({}), ...errors(400, 401, 404, 409, 413, 415, 422, 503) },
      },
      // `100 Continue` only once the token and the headers pass (a refusal goes out instead).
      config: { deferContinue: true },
      preHandler: fastify.requireBearer,
    },
    async (request, reply) => {
      const user = request.user!
      if (!request.isMultipart()) throw new ApiError(415, 'Expected multipart/form-data.')
      if (!BOUNDARY.test(request.headers['content-type'] ?? '')) throw badRequest('The multipart body has no boundary.')
      const declared = Number(request.headers['content-length'])
      if (declared > MAX_UPLOAD_BYTES + FORM_OVERHEAD) throw tooLarge(MAX_UPLOAD_BYTES)
      request.acceptBody()

      const fields: Record<string, string> = {}
      let upload: PendingUpload | null = null
      let files = 0
      try {
        for await (const part of formParts(request)) {
          if (part.type !== 'file') {
            if (typeof part.value === 'string') fields[part.fieldname] = part.value
            continue
          }
          if (++files > 1) throw invalid({ file: 'Send one video file per upload.' })
          if (part.fieldname !== 'file') {
            part.file.resume() // not ours: drain without keeping it
            continue
          }
          // ref_key already known: refuse before writing up to 64 MiB to disk.
          if (fields.ref_key) await uploadService.assertUploadable(fields.ref_key, user.companyId)
          upload = await receiveUpload(part.file, { videoDir: config.videoDir, maxBytes: MAX_UPLOAD_BYTES }).catch(
            (e: unknown) => {
              throw formFailure(e, request)
            },
          )
        }

        const checked = checkUploadFields(fields)
        if (!upload) checked.errors.file = 'A video file is required.'
        if (Object.keys(checked.errors).length || !checked.value || !upload) throw invalid(checked.errors)
        await uploadService.assertUploadable(checked.value.ref_key, user.companyId)
        await uploadService.commit({
          fields: checked.value,
          userId: user.userId,
          companyId: user.companyId,
          file: upload,
        })
        upload = null
        return sendOk(reply, {}, 201, 'Report has been successfully saved.')
      } catch (err) {
        await upload?.discard()
        throw err
      }
    },
  )
}
export default plugin
