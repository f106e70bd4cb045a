import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { etagMatches } from '../../lib/etag.js'
import { notFound } from '../../lib/errors.js'
import { errors } from '../../schemas/common.js'
import { fileResponse, NotModified } from '../../schemas/files.js'

const IMAGES = {
  poster: {
    column: 'poster_file',
    summary: "The latest video's poster frame (JPEG, at 1 s or 10 % of the duration); 404 until it is ready",
  },
  thumbs: {
    column: 'thumbs_file',
    summary: "The latest video's scrubbing strip: one JPEG, a single row of 6 evenly spaced frames; 404 until ready",
  },
} as const

/**
 * GET /reports/poster/{ref_key} and /reports/thumbs/{ref_key}: the JPEGs the media pipeline made for a
 * report's latest video. Bearer of the report's company, or 1C Basic; ETag + 304 (they change only
 * when a new video comes).
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const { config, mediaRepository } = fastify

  for (const [name, { column, summary }] of Object.entries(IMAGES)) {
    fastify.get(
      `/${name}/:ref_key`,
      {
        schema: {
          tags: ['reports'],
          summary,
          security: [{ bearer: [] }, { basic1C: [] }],
          params: z.object({ ref_key: z.string().min(1).max(64) }),
          response: { 200: fileResponse('image/jpeg', 'The JPEG'), 304: NotModified, ...errors(401, 404, 422) },
        },
        preHandler: fastify.requireBearerOr1C,
      },
      async (request, reply) => {
        const sub = await mediaRepository.latestWithMedia(request.params.ref_key, request.user?.companyId)
        if (!sub) throw notFound('No video for this report.')
        const rel = sub.status === 'ready' ? sub[column] : null
        if (!rel) throw notFound(sub.status === 'failed' ? 'The video could not be processed.' : 'Not ready yet.')
        const file = path.join(config.videoDir, rel)
        const info = await stat(file).catch(() => null)
        if (!info?.isFile()) throw notFound('Not ready yet.')
        const etag = `"${sub.sha256?.slice(0, 32)}-${name}"`
        const raw = reply as unknown as FastifyReply // a JPEG, not one of the JSON envelopes typed in `response`
        raw.header('etag', etag).header('cache-control', 'private, no-cache')
        if (etagMatches(request.headers['if-none-match'], etag)) return raw.code(304).send()
        return raw.type('image/jpeg').header('content-length', info.size).send(createReadStream(file))
      },
    )
  }
}
export default plugin
