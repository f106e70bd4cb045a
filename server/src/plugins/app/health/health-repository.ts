import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyInstance {
    healthRepository: ReturnType<typeof createHealthRepository>
  }
}

class Rollback extends Error {}

/** What GET /health asks of the database. */
export function createHealthRepository(fastify: FastifyInstance) {
  /**
   * A real write that leaves nothing behind: a `health_probe` row inserted in a transaction that is
   * then rolled back (a read-only database still answers reads, so reads prove nothing).
   */
  async function probeWrite(): Promise<void> {
    try {
      await fastify.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('health_probe')
          .values({ id: randomUUID(), checked_at: new Date().toISOString() })
          .execute()
        throw new Rollback()
      })
    } catch (e) {
      if (!(e instanceof Rollback)) throw e
    }
  }
  return { probeWrite }
}

export default fp(
  async (fastify) => {
    fastify.decorate('healthRepository', createHealthRepository(fastify))
  },
  { name: 'health-repository', dependencies: ['database'] },
)
