import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { invalid, notFound } from '../../lib/errors.js'
import { statusTitle } from '../../lib/report-format.js'
import { getReviewReport, latestDecision, listReviewReports } from '../../review/review-queries.js'
import { errors, okSchema } from '../../schemas/common.js'
import {
  DecisionBody,
  DecisionConflict,
  DecisionPayload,
  ReviewDetailPayload,
  ReviewListPayload,
  ReviewListQuery,
} from '../../schemas/review.js'

const RefKeyParams = z.object({ ref_key: z.string().min(1).max(64) })

/** Reviewers decide on sent reports only (api-contract.md: `expected_status_code: 2`). */
const DECIDABLE_STATUS = 2

/**
 * The reviewers' workspace (1C Basic): every company's reports, one report's history,
 * and the approve/reject decision guarded against two reviewers deciding at once.
 */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/reports',
    {
      schema: {
        tags: ['1c'],
        summary: 'Reports of all companies with their latest video (review queue: status_code=2&order=oldest)',
        security: [{ basic1C: [] }],
        querystring: ReviewListQuery,
        response: { 200: okSchema(ReviewListPayload), ...errors(401, 422) },
      },
      preHandler: fastify.require1C,
    },
    async (request, reply) => sendOk(reply, await listReviewReports(fastify.db, request.query)),
  )

  fastify.get(
    '/reports/:ref_key',
    {
      schema: {
        tags: ['1c'],
        summary: 'One report with its vehicle, type instructions, company and full history',
        security: [{ basic1C: [] }],
        params: RefKeyParams,
        response: { 200: okSchema(ReviewDetailPayload), ...errors(401, 404) },
      },
      preHandler: fastify.require1C,
    },
    async (request, reply) => {
      const payload = await getReviewReport(fastify.db, request.params.ref_key)
      if (!payload) throw notFound('Report not found.')
      return sendOk(reply, payload)
    },
  )

  fastify.post(
    '/reports/:ref_key/decision',
    {
      schema: {
        tags: ['1c'],
        summary: 'Approve (3) or reject (4) a sent report; 409 when someone decided first or a new video came',
        security: [{ basic1C: [] }],
        params: RefKeyParams,
        body: DecisionBody,
        response: { 200: okSchema(DecisionPayload), 409: DecisionConflict, ...errors(401, 404, 422) },
      },
      preHandler: fastify.require1C,
    },
    async (request, reply) => {
      const { ref_key } = request.params
      const { status_code, expected_status_code } = request.body
      const reason = request.body.reject_reason.trim()
      if (status_code === 4 && !reason) throw invalid({ reject_reason: 'A reason is required to reject a report.' })
      const reviewer = request.reviewer!
      const decided_at = new Date().toISOString()

      // A decision applies only to a sent report (2): never to a due one without a video (1), and never
      // over a decision (3, 4). The conditional UPDATE is the lock: of two reviewers, only one sees its row change.
      const won = await fastify.db.transaction().execute(async (trx) => {
        if (expected_status_code !== DECIDABLE_STATUS) return false
        const res = await trx
          .updateTable('reports')
          .set(
            status_code === 4
              ? { status_code, reject_reason: reason, updated_at: decided_at }
              : { status_code, updated_at: decided_at },
          )
          .where('ref_key', '=', ref_key)
          .where('status_code', '=', DECIDABLE_STATUS)
          .executeTakeFirst()
        if (Number(res.numUpdatedRows) !== 1) return false
        await trx
          .insertInto('decisions')
          .values({
            ref_key,
            status_code,
            reject_reason: status_code === 4 ? reason : '',
            reviewer_login: reviewer.login,
            decided_at,
          })
          .execute()
        await fastify.reminders.afterDecision(trx, ref_key)
        return true
      })

      if (!won) {
        const current = await fastify.db
          .selectFrom('reports')
          .select('status_code')
          .where('ref_key', '=', ref_key)
          .executeTakeFirst()
        if (!current) throw notFound('Report not found.')
        const last =
          current.status_code === 3 || current.status_code === 4 ? await latestDecision(fastify.db, ref_key) : undefined
        const message = last
          ? `The report was already decided (${statusTitle(last.status_code)}) by ${last.display_name ?? last.reviewer_login} (${last.reviewer_login}) at ${last.decided_at}.`
          : `A decision applies only to a report in status ${DECIDABLE_STATUS} (${statusTitle(DECIDABLE_STATUS)}) with expected_status_code ${DECIDABLE_STATUS}; this one is in status ${current.status_code} (${statusTitle(current.status_code)}).`
        return reply.code(409).send({
          status: 'error' as const,
          data: {
            message,
            code: 409,
            current_status_code: current.status_code,
            current_status_title: statusTitle(current.status_code),
            decided_by: last?.reviewer_login ?? null,
            decided_by_name: last?.display_name ?? null,
            decided_at: last?.decided_at ?? null,
          },
        })
      }
      return sendOk(reply, {
        ref_key,
        status_code,
        status_title: statusTitle(status_code),
        reject_reason: status_code === 4 ? reason : '',
        reviewer_login: reviewer.login,
        decided_at,
      })
    },
  )
}
export default plugin
