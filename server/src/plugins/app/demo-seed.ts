import fp from 'fastify-plugin'
import { isDatabaseEmpty, seedDemo } from '../../seed/demo.js'

/** Seeds the demo data when the database is empty (first start); SEED_DEMO=0 turns it off. */
export default fp(
  async (fastify) => {
    if (!fastify.config.seedDemo) return
    if (!(await isDatabaseEmpty(fastify.db))) return
    try {
      await seedDemo(fastify.db, fastify.config)
      fastify.log.info('Seeded the demo data into the empty database')
    } catch (err) {
      // Several instances starting on one new database: one seeds, the others' inserts collide and roll back.
      if (await isDatabaseEmpty(fastify.db)) throw err
      fastify.log.info('Another instance seeded the demo data')
    }
  },
  { name: 'demo-seed', dependencies: ['database'] },
)
