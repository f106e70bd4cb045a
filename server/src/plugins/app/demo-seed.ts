import fp from 'fastify-plugin'
import { isDatabaseEmpty, seedDemo } from '../../seed/demo.js'

/** Seeds the demo data when the database is empty (first start); SEED_DEMO=0 turns it off. */
export default fp(
  async (fastify) => {
    if (!fastify.config.seedDemo) return
    if (await isDatabaseEmpty(fastify.db)) {
      await seedDemo(fastify.db, fastify.config)
      fastify.log.info('Seeded the demo data into the empty database')
    }
  },
  { name: 'demo-seed', dependencies: ['database'] },
)
