import multipart from '@fastify/multipart'
import fp from 'fastify-plugin'
import { removeStaleTemps } from '../../lib/upload-store.js'

/** Max video size (api-contract.md: ≤ 64 MiB). */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024

/**
 * multipart/form-data, streamed (no attachFieldsToBody): routes read `request.parts()` / `request.file()`.
 * `files: 2` lets a route see a second file and refuse the form (422) rather than have busboy skip it.
 * At start, the temp files of uploads cut by a crash (`VIDEO_DIR/.incoming/*.part`) are removed.
 * @see https://github.com/fastify/fastify-multipart
 */
export default fp(
  async (fastify) => {
    await fastify.register(multipart, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 2, fields: 20, fieldSize: 64 * 1024 },
    })
    const removed = await removeStaleTemps(fastify.config.videoDir)
    if (removed.length) fastify.log.warn({ removed }, 'removed temp files of interrupted uploads')
  },
  { name: 'multipart' },
)
