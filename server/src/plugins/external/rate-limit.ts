import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import { tooMany } from '../../lib/errors.js'

/**
 * Per-process ceilings per client IP, for floods only: they keep a script from hammering the sign-in
 * routes or scanning unknown URLs at memory speed. The real budgets (failed codes, letters, 1C
 * passwords) are counted in the database by `plugins/app/auth/abuse-limits.ts`, so every instance
 * agrees on them; these ceilings sit well above them and never decide a legitimate sign-in.
 * @see https://github.com/fastify/fastify-rate-limit
 */
export const SIGN_IN_CEILING = { max: 120, timeWindow: 60_000 }
export const NOT_FOUND_CEILING = { max: 300, timeWindow: 60_000 }

export default fp(
  async (fastify) => {
    await fastify.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, ctx) => {
        const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000))
        return tooMany(`Too many requests; try again in ${seconds} s.`, seconds)
      },
    })
  },
  { name: 'rate-limit' },
)
