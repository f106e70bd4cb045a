import { constants } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'
import { sql } from 'kysely'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'

const Health = z.object({ status: z.string(), db: z.string(), storage: z.string() })

/** GET /health: the database answers and the video folder is writable. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/',
    {
      schema: {
        tags: ['service'],
        summary: 'Liveness of the database and the video store',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const db = await sql`select 1 as ok`.execute(fastify.db).then(
        () => 'ok',
        () => 'error',
      )
      const storage = await mkdir(fastify.config.videoDir, { recursive: true })
        .then(() => access(fastify.config.videoDir, constants.W_OK))
        .then(
          () => 'ok',
          () => 'error',
        )
      const healthy = db === 'ok' && storage === 'ok'
      return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'error', db, storage })
    },
  )
}
export default plugin
