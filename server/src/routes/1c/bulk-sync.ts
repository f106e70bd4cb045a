import type { Readable } from 'node:stream'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { ApiError, badRequest } from '../../lib/errors.js'
import { jsonItems, ndjsonItems } from '../../lib/stream-items.js'
import { SYNC_MAX_ITEMS } from '../../plugins/app/sync/sync-service.js'
import { ErrorSchema, errors, okSchema } from '../../schemas/common.js'
import { SyncCounts, SyncRefused } from '../../schemas/sync.js'

/** The body of one call is read as it arrives, never whole; this bounds it (30,000 items of 2 KiB fit). */
const SYNC_MAX_BYTES = 64 * 1024 * 1024
const limits = { maxBytes: SYNC_MAX_BYTES, maxItemChars: 64 * 1024 }
const ARRAYS = { companies: 'company', vehicles: 'vehicle', reports: 'report' }
const NDJSON = 'application/x-ndjson'

/**
 * POST /1c/sync: 1C's bulk upsert (api-contract.md "For integrators"). JSON `{companies, vehicles,
 * reports}` or NDJSON (one `{"kind": ...}` a line), up to SYNC_MAX_ITEMS items of each kind, one transaction.
 * This file is its own scope: here both media types reach the handler as streams (syncService reads them).
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.removeAllContentTypeParsers()
  fastify.addContentTypeParser(['application/json', NDJSON], (_request, payload, done) => done(null, payload))

  fastify.post(
    '/sync',
    {
      schema: {
        tags: ['1c'],
        summary: 'Bulk upsert of companies, vehicles and reports in one transaction (JSON or NDJSON)',
        description:
          `Each item is the PUT upsert's body plus its key (\`biin\`, \`vehicle_guid\`, \`ref_key\`); at most ` +
          `${SYNC_MAX_ITEMS} items of each kind and ${SYNC_MAX_BYTES / (1024 * 1024)} MiB a call. Companies are applied first, then ` +
          'vehicles, then reports, so items may refer to each other within a call. Idempotent: an item sent ' +
          'again as stored counts as `unchanged` and is not written. By default any invalid item applies ' +
          'nothing (422, the items listed); with `partial=1` the valid ones are applied (200) and the invalid ' +
          'ones listed.',
        security: [{ basic1C: [] }],
        querystring: z.object({
          partial: z
            .enum(['0', '1', 'false', 'true'])
            .default('0')
            .meta({ description: '`1`: apply the valid items even when some are invalid' }),
        }),
        response: {
          200: okSchema(SyncCounts),
          // Invalid items (the counts and the list), or an invalid call (`partial`, an unknown top-level key).
          422: z.union([SyncRefused, ErrorSchema]),
          ...errors(400, 401, 413, 415, 429, 503),
        },
      },
      // Credentials first, before any of a large body is read (a refusal goes out instead of `100 Continue`).
      onRequest: fastify.require1C,
      config: { deferContinue: true },
      bodyLimit: SYNC_MAX_BYTES,
    },
    async (request, reply) => {
      if (Number(request.headers['content-length']) > SYNC_MAX_BYTES)
        throw new ApiError(413, `Request body is too large (at most ${SYNC_MAX_BYTES / (1024 * 1024)} MiB).`)
      request.acceptBody()
      const body = request.body as Readable | undefined
      if (!body)
        throw badRequest('No items: send {"companies": [...], "vehicles": [...], "reports": [...]} or NDJSON lines.')
      const ndjson = (request.headers['content-type'] ?? '').toLowerCase().startsWith(NDJSON)
      const items = ndjson ? ndjsonItems(body, limits) : jsonItems(body, ARRAYS, limits)
      const partial = ['1', 'true'].includes(request.query.partial)
      const { applied, ...result } = await fastify.syncService.run(items, partial)
      if (!applied) {
        const message = `${result.errors.length} invalid item(s): nothing was applied.`
        return reply.code(422).send({ status: 'error', data: { message, code: 422 as const, ...result } })
      }
      return sendOk(reply, result)
    },
  )
}
export default plugin
