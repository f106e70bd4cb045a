import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { badRequest, invalid, notFound } from '../../lib/errors.js'
import { checkUploadFields } from '../../lib/upload-fields.js'
import { tooLarge } from '../../lib/upload-store.js'
import { MAX_UPLOAD_BYTES } from '../../plugins/external/multipart.js'
import { errors } from '../../schemas/common.js'

/** `key base64value` pairs, comma-separated (tus 1.0 "Upload-Metadata"); null when malformed. */
function parseMetadata(header: string | undefined): Record<string, string> | null {
  const out: Record<string, string> = {}
  if (!header?.trim()) return out
  for (const pair of header.split(',')) {
    const [key, value = '', extra] = pair.trim().split(' ')
    if (!key || extra !== undefined || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || key in out) return null
    out[key] = Buffer.from(value, 'base64').toString('utf8')
  }
  return out
}

/** tus ids are 32 hex characters (the store's default names): anything else names no upload. */
const UPLOAD_ID = /^[0-9a-f]{32}$/

const TUS_HEADERS = {
  'tus-resumable': z.string().optional().describe('1.0.0'),
}

/**
 * /uploads/: tus 1.0 resumable uploads (api-contract.md "Resumable uploads"), for the caller's own reports.
 * Thin: the token, and at creation the size, the metadata and the report are checked here (refusals are
 * the contract's envelope); the protocol itself is @tus/server's (plugins/app/uploads). HEAD, PATCH and
 * DELETE reach only the caller's own uploads (another's is a 404).
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const uploads = fastify.resumableUploads
  // PATCH bodies stream to the file store as they arrive: nothing parses or buffers them here.
  fastify.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null))

  const handOver = async (request: FastifyRequest, reply: FastifyReply) => {
    request.acceptBody()
    reply.hijack()
    await uploads.tus.handle(request.raw, reply.raw)
  }

  fastify.post(
    '/',
    {
      schema: {
        tags: ['reports'],
        summary: 'Create a resumable upload of a report video (tus 1.0 creation)',
        description:
          'Headers: `Tus-Resumable: 1.0.0`, `Upload-Length` (bytes, at most 64 MiB) and `Upload-Metadata` ' +
          '(`ref_key`, `time_sent`, `lat`, `long`, `filename`, base64 values). The fields and the report are ' +
          'checked as POST /reports/upload checks them. Answers 201 with `Location` (the upload URL) and `Upload-Expires`. ',
        security: [{ bearer: [] }],
        headers: z.object({
          ...TUS_HEADERS,
          'upload-length': z.string().optional(),
          'upload-metadata': z.string().optional(),
        }),
        response: {
          201: z.null().describe('Created: `Location` names the upload.'),
          ...errors(400, 401, 404, 409, 412, 413, 422),
        },
      },
      config: { deferContinue: true },
      preHandler: fastify.requireBearer,
    },
    async (request, reply) => {
      const user = request.user!
      if (request.headers['upload-defer-length'] !== undefined) throw badRequest('Upload-Length is required.')
      const length = request.headers['upload-length']
      if (typeof length !== 'string' || !/^\d{1,15}$/.test(length)) throw badRequest('Upload-Length is required.')
      if (Number(length) > MAX_UPLOAD_BYTES) throw tooLarge(MAX_UPLOAD_BYTES)
      const meta = parseMetadata(request.headers['upload-metadata'])
      if (!meta) throw badRequest('Malformed Upload-Metadata.')
      const checked = checkUploadFields(meta)
      if (!checked.value) throw invalid(checked.errors)
      await fastify.uploadService.assertUploadable(checked.value.ref_key, user.companyId)
      request.acceptBody()
      reply.hijack()
      await uploads.create(request.raw, reply.raw, { userId: user.userId, companyId: user.companyId })
    },
  )

  const ownUpload = {
    config: { deferContinue: true },
    preHandler: [
      fastify.requireBearer,
      async (request: FastifyRequest) => {
        const { id } = request.params as { id: string }
        const owner = UPLOAD_ID.test(id) ? await uploads.ownerOf(id) : null
        if (!owner || owner.userId !== request.user!.userId) throw notFound('Upload not found.')
      },
    ],
  }
  const params = z.object({ id: z.string().describe('The upload id (the last segment of `Location`).') })

  fastify.route({
    method: 'HEAD',
    url: '/:id',
    schema: {
      tags: ['reports'],
      summary: "An upload's offset (tus 1.0 core): `Upload-Offset`, `Upload-Length`, `Upload-Expires`",
      security: [{ bearer: [] }],
      params,
      response: {
        200: z.null().describe('`Upload-Offset` says how many bytes the server has.'),
        ...errors(401, 404, 410),
      },
    },
    ...ownUpload,
    // @fastify/swagger leaves HEAD routes out unless asked: this one is not a GET's shadow.
    config: { ...ownUpload.config, swagger: { exposeHeadRoute: true } },
    handler: handOver,
  })

  fastify.patch(
    '/:id',
    {
      schema: {
        tags: ['reports'],
        summary: 'Append bytes at `Upload-Offset` (tus 1.0 core; `Content-Type: application/offset+octet-stream`)',
        description:
          'The PATCH that brings the last byte commits the report as POST /reports/upload does: 204 with ' +
          '`Forte-Report-Status: 2`, or the same refusal (404, 409, 413, 415, 422, 503 envelope), after which ' +
          'the partial file is removed.',
        security: [{ bearer: [] }],
        params,
        response: {
          204: z
            .null()
            .describe('Stored; `Upload-Offset` is the new offset. On the last byte `Forte-Report-Status: 2`.'),
          ...errors(400, 401, 404, 409, 410, 413, 415, 422, 503),
        },
      },
      ...ownUpload,
    },
    handOver,
  )

  fastify.delete(
    '/:id',
    {
      schema: {
        tags: ['reports'],
        summary: 'Abandon an unfinished upload (tus 1.0 termination)',
        security: [{ bearer: [] }],
        params,
        response: { 204: z.null().describe('Removed.'), ...errors(401, 404) },
      },
      ...ownUpload,
    },
    handOver,
  )

  fastify.options(
    '/',
    {
      schema: {
        tags: ['reports'],
        summary: 'What the server supports (tus 1.0): `Tus-Version`, `Tus-Extension`, `Tus-Max-Size`',
        security: [{ bearer: [] }],
        response: {
          204: z.null().describe('`Tus-Extension` lists creation, termination and expiration.'),
          ...errors(401),
        },
      },
      preHandler: fastify.requireBearer,
    },
    handOver,
  )
}
export default plugin
