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
  submission: SubmissionSummary,
}).meta({ id: 'ReviewListItem' })

const Paging = { total: z.number().int(), page: z.number().int(), per_page: z.number().int() }

export const ReviewListPayload = { items: z.array(ReviewListItem), ...Paging }

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

export const ReviewListQuery = z.object({
  status_code: z.preprocess(blank, z.coerce.number().int().min(STATUS.DUE).max(STATUS.REJECTED).optional()),
  date_range: z.preprocess(blank, z.enum(['1w', '1m', '6m', '1y']).optional()),
  ...SearchQuery,
  vehicle_type: z.preprocess(blank, z.string().max(64).optional()),
  order: z.preprocess(blank, z.enum(['newest', 'oldest']).default('newest')),
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
}

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
