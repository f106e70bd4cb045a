import { z } from 'zod'
import { STATUS } from '../lib/codes.js'
import { MediaFields, SignalsFilter } from './media.js'
import { BiinParam } from './common.js'
import { StickerPrintedAt } from './stickers.js'
import { Instructions, ReportItem } from './reports.js'

/** Schemas of the reviewer (1C) endpoints (api-contract.md "[ext]"). */

const SubmissionSummary = z
  .object({
    time_sent: z.string(),
    lat: z.number(),
    long: z.number(),
    size: z.number().int(),
    uploaded_at: z.string(),
    ...MediaFields,
  })
  .nullable()

const ReviewListItem = ReportItem.extend({
  vehicle_type_title: z.string(),
  company_name: z.string(),
  biin: z.string(),
  updated_at: z.string(),
  waiting_since: z
    .string()
    .nullable()
    .describe('status 2 only: when its latest video came (UTC ISO), i.e. since when it waits for a reviewer'),
  decided_by: z.string().nullable().describe('login of the reviewer of the latest standing decision'),
  decided_at: z.string().nullable().describe('when the latest standing decision was made (UTC ISO)'),
  submission: SubmissionSummary,
}).meta({ id: 'ReviewListItem' })

const Paging = { total: z.number().int(), page: z.number().int(), per_page: z.number().int() }

const ReviewFacets = z
  .object({
    by_status: z.array(z.object({ status_code: z.number().int(), count: z.number().int() })),
    by_vehicle_type: z.array(
      z.object({ vehicle_type_code: z.string(), vehicle_type_title: z.string(), count: z.number().int() }),
    ),
  })
  .describe('counts over the whole filter (every page): each list sums to `total`')
  .meta({ id: 'ReviewFacets' })

export const ReviewListPayload = { items: z.array(ReviewListItem), ...Paging, facets: ReviewFacets }

const PageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(20),
}
// Empty query parameters (`?status_code=`) mean "no filter", like `null` path segments.
const blank = (v: unknown) => (v === '' || v === 'null' ? undefined : v)

/** The reviewers' search: one company (by BIN/IIN) and/or free text. */
const SearchQuery = {
  biin: z.preprocess(blank, BiinParam.optional()),
  q: z.preprocess(blank, z.string().max(100).optional()),
}

const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'expected a real date',
  )

export const ReviewListQuery = z.object({
  status_code: z.preprocess(blank, z.coerce.number().int().min(STATUS.DUE).max(STATUS.REJECTED).optional()),
  date_range: z.preprocess(blank, z.enum(['1w', '1m', '6m', '1y']).optional()),
  ...SearchQuery,
  vehicle_type: z.preprocess(blank, z.string().max(64).optional()),
  vehicle_guid: z.preprocess(blank, z.string().max(64).optional()),
  decided_by: z.preprocess(
    blank,
    z
      .string()
      .max(100)
      .optional()
      .describe('a reviewer login, or `me`: reports with a standing (not undone) decision of theirs'),
  ),
  decided_from: z.preprocess(blank, LocalDate.optional().describe('Almaty date: decided on or after this day')),
  decided_to: z.preprocess(blank, LocalDate.optional().describe('Almaty date: decided on or before this day')),
  order: z.preprocess(
    blank,
    z
      .enum(['newest', 'oldest', 'waiting_longest'])
      .default('newest')
      .describe('by the latest video; `waiting_longest`: the sent (2) reports first, the longest waiting first'),
  ),
  signals: z.preprocess(blank, SignalsFilter.optional()),
  ...PageQuery,
})

const HistoryEntry = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('submission'),
      at: z.string(),
      id: z.number().int(),
      time_sent: z.string(),
      lat: z.number(),
      long: z.number(),
      size: z.number().int(),
      user_id: z.number().int().nullable(),
      user_name: z.string(),
      user_role: z.string(),
      ...MediaFields,
    }),
    z.object({
      kind: z.literal('decision'),
      at: z.string(),
      id: z.number().int(),
      status_code: z.number().int(),
      status_title: z.string(),
      reject_reason: z.string(),
      reviewer_login: z.string(),
      reviewer_name: z.string(),
      undone_at: z.string().nullable(),
    }),
    z.object({
      kind: z.literal('undo'),
      at: z.string(),
      id: z.number().int().describe('the undone decision'),
      status_code: z.number().int().describe('what the undone decision had decided'),
      status_title: z.string(),
      reviewer_login: z.string(),
      reviewer_name: z.string(),
    }),
  ])
  .meta({ id: 'ReviewHistoryEntry' })

export const ReviewDetailPayload = {
  report: ReportItem.extend({
    updated_at: z.string(),
    submission: SubmissionSummary,
    video_path: z.string().nullable(),
  }),
  vehicle: z.object({
    vehicle_guid: z.string(),
    plate_number: z.string(),
    vin_code: z.string(),
    contract_number: z.string(),
    contract_date_end: z.string(),
    vehicle_type_code: z.string(),
    vehicle_type_title: z.string(),
    instructions: Instructions,
  }),
  company: z.object({ id: z.number().int(), biin: z.string(), name: z.string(), email: z.string() }),
  history: z.array(HistoryEntry),
}

export const DecisionBody = z.object({
  status_code: z.union([z.literal(STATUS.APPROVED), z.literal(STATUS.REJECTED)]),
  reject_reason: z.string().max(1000).optional().default(''),
  expected_status_code: z
    .number()
    .int()
    .min(1)
    .max(4)
    .optional()
    .default(STATUS.SENT)
    .describe(
      `${STATUS.SENT}: decisions apply only to sent reports; any other value, or a report not in ${STATUS.SENT}, is a 409`,
    ),
})

export const DecisionPayload = {
  ref_key: z.string(),
  status_code: z.number().int(),
  status_title: z.string(),
  reject_reason: z.string(),
  reviewer_login: z.string(),
  decided_at: z.string(),
  undo_until: z.string().describe('until when (UTC ISO) the same reviewer may undo it: DELETE …/decision'),
}

export const UndoPayload = {
  ref_key: z.string(),
  status_code: z.number().int().describe('2 again: the report waits for a decision'),
  status_title: z.string(),
  undone_status_code: z.number().int(),
  decided_at: z.string(),
  undone_at: z.string(),
  letter_dropped: z.boolean().describe('a queued, unsent rejection letter was dropped'),
}

/** 409 of an undo: the error envelope + why, as a code a client can word. */
export const UndoConflict = z
  .object({
    status: z.literal('error'),
    data: z.object({
      message: z.string(),
      code: z.number().int(),
      reason: z
        .enum(['nothing_to_undo', 'not_yours', 'window_passed', 'changed'])
        .describe(
          '`nothing_to_undo`: no standing decision; `not_yours`: another reviewer decided; `window_passed`: UNDO_WINDOW_S is over; `changed`: a new video or an update came since',
        ),
    }),
  })
  .meta({ id: 'UndoConflict' })

/** 409 of a decision: the error envelope + who decided first and when. */
export const DecisionConflict = z
  .object({
    status: z.literal('error'),
    data: z.object({
      message: z.string(),
      code: z.number().int(),
      current_status_code: z.number().int(),
      current_status_title: z.string(),
      decided_by: z.string().nullable(),
      decided_by_name: z.string().nullable(),
      decided_at: z.string().nullable(),
    }),
  })
  .meta({ id: 'DecisionConflict' })

const VehicleListItem = z
  .object({
    vehicle_guid: z.string(),
    plate_number: z.string(),
    vin_code: z.string(),
    vehicle_type_code: z.string(),
    vehicle_type_title: z.string(),
    contract_number: z.string(),
    contract_date_end: z.string(),
    company_name: z.string(),
    biin: z.string(),
    qr_path: z.string(),
    image_path: z.string(),
    sticker_printed_at: StickerPrintedAt,
  })
  .meta({ id: 'VehicleListItem' })

export const VehicleListQuery = z.object({
  ...SearchQuery,
  // `none`: only vehicles that never had a sticker printed.
  sticker: z.preprocess(blank, z.enum(['none']).optional()),
  ...PageQuery,
})

export const VehicleListPayload = { items: z.array(VehicleListItem), ...Paging }
