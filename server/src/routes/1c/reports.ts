import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendOk } from '../../lib/envelope.js'
import { STATUS } from '../../lib/codes.js'
import { invalid, notFound } from '../../lib/errors.js'
import { statusTitle } from '../../lib/report-format.js'
import { errors, okSchema } from '../../schemas/common.js'
import {
  DecisionBody,
  DecisionConflict,
  DecisionPayload,
  ReviewDetailPayload,
  ReviewListPayload,
  ReviewListQuery,
  UndoConflict,
  UndoPayload,
} from '../../schemas/review.js'

const RefKeyParams = z.object({ ref_key: z.string().min(1).max(64) })

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
    },
    async (request, reply) => {
      const { decided_by, ...query } = request.query
      // `me`: the reviewer asking (a login named `me` can still be asked for by itself: none exists).
      const by = decided_by === 'me' ? request.reviewer!.login : decided_by
      return sendOk(reply, await fastify.reviewService.list({ ...query, decided_by: by }))
    },
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
    },
    async (request, reply) => {
      const payload = await fastify.reviewService.detail(request.params.ref_key)
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
    },
    async (request, reply) => {
      const { status_code, expected_status_code } = request.body
      const reason = request.body.reject_reason.trim()
      if (status_code === STATUS.REJECTED && !reason)
        throw invalid({ reject_reason: 'A reason is required to reject a report.' })
      const outcome = await fastify.reviewService.decide({
        refKey: request.params.ref_key,
        statusCode: status_code,
        reason,
        expectedStatusCode: expected_status_code,
        reviewer: request.reviewer!,
      })
      if (outcome.kind === 'not-found') throw notFound('Report not found.')
      if (outcome.kind === 'conflict') {
        const { message, ...current } = outcome.conflict
        return reply.code(409).send({ status: 'error' as const, data: { message, code: 409, ...current } })
      }
      const d = outcome.decision
      return sendOk(reply, {
        ref_key: d.ref_key,
        status_code: d.status_code,
        status_title: statusTitle(d.status_code),
        reject_reason: d.reject_reason,
        reviewer_login: d.reviewer_login,
        decided_at: d.decided_at,
        undo_until: new Date(Date.parse(d.decided_at) + fastify.config.undoWindowS * 1000).toISOString(),
      })
    },
  )

  fastify.delete(
    '/reports/:ref_key/decision',
    {
      schema: {
        tags: ['1c'],
        summary: 'Undo a decision: only its reviewer, within UNDO_WINDOW_S, while nothing else happened; back to 2',
        description:
          'The report goes back to status 2, the decision stays in the history with its undo, and a queued, unsent rejection letter is dropped. 409 (with a message saying why) when the caller did not decide it, the window has passed, the report changed since (a new video, an update), or it has no decision to undo.',
        security: [{ basic1C: [] }],
        params: RefKeyParams,
        response: { 200: okSchema(UndoPayload), 409: UndoConflict, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const outcome = await fastify.reviewService.undo(request.params.ref_key, request.reviewer!)
      if (outcome.kind === 'not-found') throw notFound('Report not found.')
      if (outcome.kind === 'conflict') {
        const { message, reason } = outcome
        return reply.code(409).send({ status: 'error' as const, data: { message, code: 409, reason } })
      }
      const u = outcome.undone
      return sendOk(reply, {
        ...u,
        status_code: STATUS.SENT,
        status_title: statusTitle(STATUS.SENT),
        letter_dropped: outcome.letterDropped,
      })
    },
  )
}
export default plugin
