import { Cron } from 'croner'
import fp from 'fastify-plugin'
import { BUSINESS_TZ } from '../../../lib/dates.js'

/** croner's pattern for "every day at hh:mm". */
const dailyPattern = (at: { hour: number; minute: number }) => `${at.minute} ${at.hour} * * *`

/**
 * Runs the reminder pass every day at REMINDER_AT (Almaty time) in every instance: the pass itself
 * is idempotent per (company, day) in the database, so instances and restarts agree. `protect`
 * skips a tick while the previous pass still runs. REMINDER_AT=off: no scheduler in this instance
 * (POST /1c/reminders/run still runs the pass).
 */
export default fp(
  async (fastify) => {
    const at = fastify.config.reminderAt
    if (!at) return
    const job = new Cron(dailyPattern(at), { timezone: BUSINESS_TZ, protect: true, paused: true }, async () => {
      try {
        const { date, sent } = await fastify.reminders.run()
        fastify.log.info({ date, digests: sent.length }, 'reminder pass done')
      } catch (err) {
        fastify.log.error({ err }, 'reminder pass failed')
      }
    })
    fastify.decorate('reminderJob', job)
    fastify.addHook('onReady', async () => {
      job.resume()
    })
    fastify.addHook('onClose', async () => {
      job.stop()
    })
  },
  { name: 'reminder-scheduler', dependencies: ['reminders'] },
)

declare module 'fastify' {
  interface FastifyInstance {
    /** The daily reminder job (absent with REMINDER_AT=off); `nextRun()` says when it fires. */
    reminderJob?: Cron
  }
}
