import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ROLE_TITLES, type Role, STATUS } from '../../../lib/codes.js'
import { todayYmd } from '../../../lib/dates.js'
import { vehicleTypeImage } from '../../../lib/public-links.js'
import { formatReport, instructionsMap, statusTitle } from '../../../lib/report-format.js'
import type { AuthReviewer } from '../auth/guards.js'
import { mediaOfSubmissions, type SubmissionMedia } from '../media/media-serializer.js'
import type { DecisionRow, ReviewListFilter, VehicleListFilter } from './review-repository.js'

declare module 'fastify' {
  interface FastifyInstance {
    reviewService: ReturnType<typeof createReviewService>
  }
}

/** Reviewers decide on sent reports only (api-contract.md: `expected_status_code: 2`). */
export const DECIDABLE_STATUS = STATUS.SENT

export interface DecisionRequest {
  refKey: string
  statusCode: DecisionRow['status_code']
  /** Trimmed; required (non-empty) for a rejection, checked by the route. */
  reason: string
  expectedStatusCode: number
  reviewer: AuthReviewer
}

/** Why a decision was not applied: the report's status now and, when decided, who decided first. */
export interface DecisionConflict {
  message: string
  current_status_code: number
  current_status_title: string
  decided_by: string | null
  decided_by_name: string | null
  decided_at: string | null
}

export type DecisionOutcome =
  { kind: 'decided'; decision: DecisionRow } | { kind: 'conflict'; conflict: DecisionConflict } | { kind: 'not-found' }

export type UndoOutcome =
  | {
      kind: 'undone'
      undone: { ref_key: string; undone_status_code: number; decided_at: string; undone_at: string }
      letterDropped: boolean
    }
  | { kind: 'conflict'; reason: UndoRefusal; message: string }
  | { kind: 'not-found' }

/** Why an undo was refused (the 409's `reason`, schemas/review.ts `UndoConflict`). */
type UndoRefusal = 'nothing_to_undo' | 'not_yours' | 'window_passed' | 'changed'

/** A submission row's facts; PostgreSQL may hand the numbers back as strings. */
interface SubmissionRow {
  time_sent: string | null
  lat: number | string | null
  long: number | string | null
  size: number | string | null
}

/** Only called on a submission that exists (a left join's nulls are checked by the caller). */
const factsOf = (s: SubmissionRow) => ({
  time_sent: s.time_sent!,
  lat: Number(s.lat),
  long: Number(s.long),
  size: Number(s.size),
})

/** A report's (latest) submission as the review endpoints show it. */
const submissionSummary = (s: SubmissionRow & { uploaded_at: string }, media: SubmissionMedia) => ({
  ...factsOf(s),
  uploaded_at: s.uploaded_at,
  ...media,
})

export type HistoryEntry =
  | ({
      kind: 'submission'
      at: string
      id: number
      user_id: number | null
      user_name: string
      user_role: string
    } & ReturnType<typeof factsOf> &
      SubmissionMedia)
  | {
      kind: 'decision'
      at: string
      id: number
      status_code: number
      status_title: string
      reject_reason: string
      reviewer_login: string
      reviewer_name: string
      undone_at: string | null
    }
  | {
      kind: 'undo'
      at: string
      /** The undone decision's id. */
      id: number
      status_code: number
      status_title: string
      reviewer_login: string
      reviewer_name: string
    }

const KIND_ORDER = { submission: 0, decision: 1, undo: 2 } as const

/** Time order; at one instant a video comes before a decision before an undo, and each kind keeps its id order. */
const byTime = (a: HistoryEntry, b: HistoryEntry) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind === b.kind ? a.id - b.id : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]

/**
 * The reviewers' workspace (1C): the queue, one report with its history, the decision, the vehicles.
 * Shapes the review repository's rows into the [ext] payloads of /1c/*.
 */
export function createReviewService(fastify: FastifyInstance) {
  const { db } = fastify
  const repo = fastify.reviewRepository

  /** GET /1c/reports: a page of every company's reports with the latest video of each. */
  async function list(f: ReviewListFilter, now = new Date()) {
    const today = todayYmd(now)
    const facets = repo.facetsOf(f, today)
    const { rows, total } = await repo.listReports(f, today)
    const media = await mediaOfSubmissions(
      db,
      rows.flatMap((r) => r.submission_id ?? []),
    )
    const items = rows.map((r) => ({
      ...formatReport(r, today),
      vehicle_type_title: r.vehicle_type_title,
      company_name: r.company_name,
      biin: r.biin,
      updated_at: r.updated_at,
      // Only a sent report waits (for a reviewer), since its latest video came.
      waiting_since: r.status_code === STATUS.SENT ? r.uploaded_at : null,
      decided_by: r.decided_by,
      decided_at: r.decided_at,
      submission:
        r.uploaded_at === null
          ? null
          : submissionSummary({ ...r, uploaded_at: r.uploaded_at }, media.get(r.submission_id!)!),
    }))
    return { items, total, page: f.page, per_page: f.per_page, facets: await facets }
  }

  /** GET /1c/reports/{ref_key}: report, vehicle, type instructions, company, latest video, history; null when unknown. */
  async function detail(refKey: string, now = new Date()) {
    const r = await repo.findReport(refKey)
    if (!r) return null
    const [subs, decs] = await Promise.all([repo.submissionsOf(refKey), repo.decisionsOf(refKey)])
    const media = await mediaOfSubmissions(
      db,
      subs.map((s) => s.id),
    )
    const history: HistoryEntry[] = [
      ...subs.map((s) => ({
        kind: 'submission' as const,
        at: s.uploaded_at,
        id: s.id,
        ...factsOf(s),
        user_id: s.user_id,
        user_name: [s.first_name, s.last_name].filter(Boolean).join(' '),
        user_role: s.role_id ? (ROLE_TITLES[s.role_id as Role] ?? '') : '',
        ...media.get(s.id)!,
      })),
      ...decs.map((d) => ({
        kind: 'decision' as const,
        at: d.decided_at,
        id: d.id,
        status_code: d.status_code,
        status_title: statusTitle(d.status_code),
        reject_reason: d.reject_reason,
        reviewer_login: d.reviewer_login,
        reviewer_name: d.display_name ?? d.reviewer_login,
        undone_at: d.undone_at,
      })),
      // Only the reviewer who decided may undo: the undo is theirs too.
      ...decs.flatMap((d) =>
        d.undone_at === null
          ? []
          : [
              {
                kind: 'undo' as const,
                at: d.undone_at,
                id: d.id,
                status_code: d.status_code,
                status_title: statusTitle(d.status_code),
                reviewer_login: d.reviewer_login,
                reviewer_name: d.display_name ?? d.reviewer_login,
              },
            ],
      ),
    ].sort(byTime)

    const last = subs.at(-1)
    return {
      report: {
        ...formatReport(r, todayYmd(now)),
        updated_at: r.updated_at,
        submission: last ? submissionSummary(last, media.get(last.id)!) : null,
        video_path: last ? `/reports/video/${r.ref_key}` : null,
      },
      vehicle: {
        vehicle_guid: r.vehicle_guid,
        plate_number: r.plate_number,
        vin_code: r.vin_code,
        contract_number: r.vehicle_contract_number,
        contract_date_end: r.contract_date_end,
        vehicle_type_code: r.vehicle_type_code,
        vehicle_type_title: r.vehicle_type_title,
        instructions: instructionsMap(r.instructions),
      },
      company: { id: r.company_id, biin: r.biin, name: r.company_name, email: r.email },
      history,
    }
  }

  /**
   * POST /1c/reports/{ref_key}/decision, in one transaction. A decision applies only to a sent report
   * (never to a due one without a video, never over a decision) and only when the reviewer saw it sent.
   */
  async function decide(req: DecisionRequest): Promise<DecisionOutcome> {
    const decision: DecisionRow = {
      ref_key: req.refKey,
      status_code: req.statusCode,
      reject_reason: req.statusCode === STATUS.REJECTED ? req.reason : '',
      reviewer_login: req.reviewer.login,
      decided_at: new Date().toISOString(),
    }
    const won = await db.transaction().execute(async (trx) => {
      if (req.expectedStatusCode !== DECIDABLE_STATUS) return false
      if (!(await repo.applyDecision(trx, decision))) return false
      // The rejection letter exists exactly when the decision does: written on the same transaction.
      await fastify.reminders.afterDecision(trx, req.refKey)
      return true
    })
    if (won) return { kind: 'decided', decision }
    const current = await repo.statusOf(req.refKey)
    if (current === null) return { kind: 'not-found' }
    return { kind: 'conflict', conflict: await conflictOf(req.refKey, current) }
  }

  async function conflictOf(refKey: string, current: number): Promise<DecisionConflict> {
    const decided = current === STATUS.APPROVED || current === STATUS.REJECTED
    const last = decided ? await repo.latestDecision(refKey) : undefined
    const message = last
      ? `The report was already decided (${statusTitle(last.status_code)}) by ${last.display_name ?? last.reviewer_login} (${last.reviewer_login}) at ${last.decided_at}.`
      : `A decision applies only to a report in status ${DECIDABLE_STATUS} (${statusTitle(DECIDABLE_STATUS)}) with expected_status_code ${DECIDABLE_STATUS}; this one is in status ${current} (${statusTitle(current)}).`
    return {
      message,
      current_status_code: current,
      current_status_title: statusTitle(current),
      decided_by: last?.reviewer_login ?? null,
      decided_by_name: last?.display_name ?? null,
      decided_at: last?.decided_at ?? null,
    }
  }

  /**
   * DELETE /1c/reports/{ref_key}/decision, in one transaction: the reviewer who decided takes it back within
   * `UNDO_WINDOW_S`, while nothing else happened to the report. The report is sent (2) again, the decision
   * is kept as undone (the history shows both), and its rejection letter is dropped if still unsent.
   */
  async function undo(refKey: string, reviewer: AuthReviewer, now = new Date()): Promise<UndoOutcome> {
    const windowS = fastify.config.undoWindowS
    return db.transaction().execute(async (trx): Promise<UndoOutcome> => {
      const state = await repo.undoState(trx, refKey)
      if (!state) return { kind: 'not-found' }
      const d = state.decision
      const refuse = (reason: UndoRefusal, message: string): UndoOutcome => ({ kind: 'conflict', reason, message })
      if (!d || d.undone_at !== null) return refuse('nothing_to_undo', 'The report has no decision to undo.')
      if (d.reviewer_login !== reviewer.login)
        return refuse('not_yours', `Only the reviewer who made the decision (${d.reviewer_login}) can undo it.`)
      if (now.getTime() - Date.parse(d.decided_at) > windowS * 1000)
        return refuse(
          'window_passed',
          `The undo window (${windowS} s) has passed: the decision was made at ${d.decided_at}; it stands.`,
        )
      const at = now.toISOString()
      const changed = 'The report changed after the decision (a new video or an update came); the decision stands.'
      if (state.report.status_code !== d.status_code || state.report.updated_at !== d.decided_at)
        return refuse('changed', changed)
      const undone = await repo.undoDecision(trx, {
        refKey,
        decisionId: d.id,
        decidedStatus: d.status_code,
        decidedAt: d.decided_at,
        by: reviewer.login,
        at,
      })
      if (!undone) return refuse('changed', changed)
      const letterDropped = await fastify.reminders.dropUnsentDecisionLetter(trx, d.id)
      return {
        kind: 'undone',
        undone: { ref_key: refKey, undone_status_code: d.status_code, decided_at: d.decided_at, undone_at: at },
        letterDropped,
      }
    })
  }

  /** GET /1c/vehicles: a page of every company's vehicles with their QR and type picture links. */
  async function vehicles(f: VehicleListFilter, publicBase: string) {
    const { rows, total } = await repo.listVehicles(f)
    const items = rows.map((r) => ({
      vehicle_guid: r.guid,
      plate_number: r.plate_number,
      vin_code: r.vin_code,
      vehicle_type_code: r.vehicle_type_code,
      vehicle_type_title: r.vehicle_type_title,
      contract_number: r.contract_number,
      contract_date_end: r.contract_date_end,
      company_name: r.company_name,
      biin: r.biin,
      qr_path: `/vehicle/qr/${encodeURIComponent(r.guid)}`,
      image_path: vehicleTypeImage(publicBase, r.vehicle_type_code),
      sticker_printed_at: r.sticker_printed_at,
    }))
    return { items, total, page: f.page, per_page: f.per_page }
  }

  return { list, detail, decide, undo, vehicles }
}

export default fp(
  async (fastify) => {
    fastify.decorate('reviewService', createReviewService(fastify))
  },
  { name: 'review-service', dependencies: ['review-repository', 'reminders'] },
)
