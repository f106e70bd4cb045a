import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { probeStorage } from '../../lib/upload-store.js'
import { Health } from '../../schemas/service.js'

/**
 * GET /health: can the API do its job right now? The database takes a write and VIDEO_DIR takes a file
 * (a read-only database still answers reads, so reads prove nothing). 503 names what failed; the log
 * keeps why, at error level.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/',
    {
      schema: {
        tags: ['service'],
        summary: 'Whether the database takes writes and the video store takes files (503 naming what failed)',
        response: { 200: Health, 503: Health },
      },
    },
    async (request, reply) => {
      const check = (what: string, probe: Promise<void>) =>
        probe.then(
          () => 'ok' as const,
          (err: unknown) => {
            request.log.error({ err }, `health: ${what} failed`)
            return 'error' as const
          },
        )
      const [db, storage] = await Promise.all([
        check('database write', fastify.healthRepository.probeWrite()),
        check('file write in VIDEO_DIR', probeStorage(fastify.config.videoDir)),
      ])
      const healthy = db === 'ok' && storage === 'ok'
      if (!healthy) reply.header('x-request-id', request.id)
      return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'error', db, storage })
    },
  )
}
export default plugin
