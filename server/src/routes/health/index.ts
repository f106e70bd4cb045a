import { randomUUID } from 'node:crypto'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { Database } from '../../db/types.js'
import { probeStorage } from '../../lib/upload-store.js'

const Health = z.object({
  status: z.enum(['ok', 'error']),
  db: z.enum(['ok', 'error']).describe('a real write, rolled back'),
  storage: z.enum(['ok', 'error']).describe('a real file written in VIDEO_DIR and removed'),
})

class Rollback extends Error {}

/** A real write that leaves nothing behind: a row inserted in a transaction that is then rolled back. */
async function probeDatabase(db: Kysely<Database>): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('health_probe').values({ id: randomUUID(), checked_at: new Date().toISOString() }).execute()
      throw new Rollback()
    })
  } catch (e) {
    if (!(e instanceof Rollback)) throw e
  }
}

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
        check('database write', probeDatabase(fastify.db)),
        check('file write in VIDEO_DIR', probeStorage(fastify.config.videoDir)),
      ])
      const healthy = db === 'ok' && storage === 'ok'
      if (!healthy) reply.header('x-request-id', request.id)
      return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'error', db, storage })
    },
  )
}
export default plugin
