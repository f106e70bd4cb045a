import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ApiError, notFound } from '../../lib/errors.js'
import { contentRange, parseRange } from '../../lib/range.js'
import { errors } from '../../schemas/common.js'

/** `If-None-Match` / `If-Range` lists: does any entry name this etag (weak or strong), or `*`? */
const matches = (header: string | undefined, etag: string) =>
  !!header &&
  header.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '')
    return v === '*' || v === etag
  })

/**
 * GET /reports/video/{ref_key}: the latest submitted video, streamed from disk with Range support
 * (the player seeks with 206s), ETag and 304. Bearer of the report's company, or 1C Basic.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const { db, config } = fastify

  fastify.get(
    '/video/:ref_key',
    {
      schema: {
        tags: ['reports'],
        summary: "A report's latest video (video/mp4; Range, ETag)",
        security: [{ bearer: [] }, { basic1C: [] }],
        params: z.object({ ref_key: z.string().min(1).max(64) }),
        response: { ...errors(401, 404, 416, 422) },
      },
      preHandler: fastify.requireBearerOr1C,
    },
    async (request, reply) => {
      const { ref_key } = request.params
      let q = db
        .selectFrom('submissions as s')
        .innerJoin('reports as r', 'r.ref_key', 's.ref_key')
        .select(['s.file_name', 's.etag', 's.uploaded_at'])
        .where('s.ref_key', '=', ref_key)
      // A client sees only its own company's videos; 1C sees all.
      if (request.user) q = q.where('r.company_id', '=', request.user.companyId)
      const sub = await q.orderBy('s.id', 'desc').limit(1).executeTakeFirst()
      if (!sub) throw notFound('No video for this report.')

      const file = path.join(config.videoDir, sub.file_name)
      const info = await stat(file).catch(() => null)
      if (!info?.isFile()) {
        request.log.error({ ref_key, file: sub.file_name }, 'video file missing')
        throw notFound('The video file is missing.')
      }
      const size = info.size
      const etag = `"${sub.etag}"`
      reply
        .header('accept-ranges', 'bytes')
        .header('etag', etag)
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
