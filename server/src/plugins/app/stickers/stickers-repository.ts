import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { notFound } from '../../../lib/errors.js'

declare module 'fastify' {
  interface FastifyInstance {
    stickersRepository: ReturnType<typeof createStickersRepository>
  }
}

/**
 * Records that stickers were printed (`vehicles.sticker_printed_at`). All or nothing: when any guid
 * is unknown, or not the company's for a director, nothing is recorded.
 * @see https://github.com/fastify/demo/blob/main/src/plugins/app/tasks/tasks-repository.ts
 */
export function createStickersRepository(fastify: FastifyInstance) {
  /**
   * Marks `guids` printed now; `companyId` limits them to one company (null: any company, for 1C).
   * Returns the time recorded and how many vehicles, or `{missing}` (how many were not found) when nothing was recorded.
   */
  async function markPrinted(guids: string[], companyId: number | null, now = new Date()) {
    const unique = [...new Set(guids)]
    const at = now.toISOString()
    return fastify.db.transaction().execute(async (trx) => {
      let found = trx.selectFrom('vehicles').select('guid').where('guid', 'in', unique)
      if (companyId !== null) found = found.where('company_id', '=', companyId)
      const missing = unique.length - (await found.execute()).length
      if (missing > 0) return { missing }
      await trx.updateTable('vehicles').set({ sticker_printed_at: at }).where('guid', 'in', unique).execute()
      return { printed: unique.length, sticker_printed_at: at }
    })
  }

  /** The routes' answer: the record, or 404 (nothing recorded) naming how many guids were not found. */
  async function record(guids: string[], companyId: number | null) {
    const res = await markPrinted(guids, companyId)
    if ('missing' in res)
      throw notFound(
        `${res.missing} of the vehicle_guids ${companyId === null ? 'are unknown' : 'are not among your vehicles'}: nothing was recorded.`,
      )
    return res
  }

  return { markPrinted, record }
}

export default fp(
  async (fastify) => {
    fastify.decorate('stickersRepository', createStickersRepository(fastify))
  },
  { name: 'stickers-repository', dependencies: ['database'] },
)
