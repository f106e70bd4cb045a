import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ApiError, notFound } from '../../lib/errors.js'
import { etagMatches as matches } from '../../lib/etag.js'
import { contentRange, parseRange } from '../../lib/range.js'
import { errors } from '../../schemas/common.js'
import { fileResponse, NotModified } from '../../schemas/files.js'

/**
 * GET /reports/video/{ref_key}?rendition=review|original: the latest submitted video, streamed from disk
 * with Range support (the player seeks with 206s), ETag and 304. Bearer of the report's company, or 1C
 * Basic. `review` (the default) is the small rendition once it is ready, else the original.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const { config, mediaRepository } = fastify

  fastify.get(
    '/video/:ref_key',
    {
      schema: {
        tags: ['reports'],
        summary: "A report's latest video (video/mp4; Range, ETag)",
        security: [{ bearer: [] }, { basic1C: [] }],
        params: z.object({ ref_key: z.string().min(1).max(64) }),
        querystring: z.object({
          rendition: z
            .enum(['review', 'original'])
            .default('review')
            .meta({ description: '`review` (default): the review rendition when ready, else the original' }),
        }),
        response: {
          200: fileResponse('video/mp4', 'The whole video'),
          206: fileResponse('video/mp4', 'The requested byte range (Content-Range)'),
          304: NotModified,
          ...errors(401, 404, 416, 422),
        },
      },
      preHandler: fastify.requireBearerOr1C,
    },
    async (request, reply) => {
      const { ref_key } = request.params
      // A client sees only its own company's videos; 1C sees all.
      const sub = await mediaRepository.latestWithMedia(ref_key, request.user?.companyId)
      if (!sub) throw notFound('No video for this report.')
      const review = request.query.rendition === 'review' && sub.status === 'ready' ? sub.review_file : null
      const served = review ?? sub.file_name

      const file = path.join(config.videoDir, served)
      const info = await stat(file).catch(() => null)
      if (!info?.isFile()) {
        request.log.error({ ref_key, file: served }, 'video file missing')
        throw notFound('The video file is missing.')
      }
      const size = info.size
      // The review rendition is other bytes than the original (unless it is the original itself).
      const etag = served === sub.file_name ? `"${sub.etag}"` : `"${sub.etag}-review"`
      reply
        .header('accept-ranges', 'bytes')
        .header('etag', etag)
        .header('forte-rendition', served === sub.file_name && !review ? 'original' : 'review')
        .header('last-modified', new Date(sub.uploaded_at).toUTCString())
        // Private: it is behind credentials. no-cache: revalidate, cheap with the ETag.
        .header('cache-control', 'private, no-cache')

      if (matches(request.headers['if-none-match'], etag)) return (reply as unknown as FastifyReply).code(304).send()

      // If-Range: a stale validator means "send it all" rather than a piece of another file.
      const ifRange = [request.headers['if-range']].flat()[0]
      const range =
        ifRange && !matches(ifRange, etag) ? { kind: 'full' as const } : parseRange(request.headers.range, size)
      if (range.kind === 'unsatisfiable') {
        throw new ApiError(416, 'Requested range not satisfiable.', {
          headers: { 'content-range': contentRange(range, size) },
        })
      }
      const raw = reply as unknown as FastifyReply // a stream, not one of the JSON envelopes typed in `response`
      raw.type('video/mp4')
      if (range.kind === 'partial') {
        raw
          .code(206)
          .header('content-range', contentRange(range, size))
          .header('content-length', range.end - range.start + 1)
        return raw.send(createReadStream(file, { start: range.start, end: range.end }))
      }
      raw.header('content-length', size)
      return raw.send(createReadStream(file))
    },
  )
}
export default plugin
