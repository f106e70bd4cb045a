import multipart from '@fastify/multipart'
import fp from 'fastify-plugin'

/** Max video size (api-contract.md: ≤ 64 MiB). */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024

/**
 * multipart/form-data, streamed (no attachFieldsToBody): routes read `request.parts()` / `request.file()`.
 * @see https://github.com/fastify/fastify-multipart
 */
export default fp(
  async (fastify) => {
    await fastify.register(multipart, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, fieldSize: 64 * 1024 },
    })
  },
  { name: 'multipart' },
)
