import fp from 'fastify-plugin'

/** application/x-www-form-urlencoded bodies (the seed's clients may post forms) → plain objects. */
export default fp(
  async (fastify) => {
    fastify.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_req, body, done) => {
        try {
          done(null, Object.fromEntries(new URLSearchParams(body as string)))
        } catch (err) {
          done(err as Error, undefined)
        }
      },
    )
  },
  { name: 'form-body' },
)
