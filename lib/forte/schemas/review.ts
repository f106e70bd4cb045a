import { z } from 'zod'
import { errorEnvelope, instructionsSchema, okEnvelope } from './common'
import { extReportItemSchema, mediaFields, submissionSchema } from './submission'

/** The Forte staff (1C) endpoints [ext], exactly as the API answers them (server/src/schemas/review.ts). */

const paging = { total: z.number().int(), page: z.number().int(), per_page: z.number().int() }

const staffReportSchema = extReportItemSchema.extend({
  vehicle_type_title: z.string(),
  company_name: z.string(),
  biin: z.string(),
  updated_at: z.string(),
  /** Status 2 only: since when it waits for a reviewer (its latest video, UTC ISO). */
  waiting_since: z.string().nullable(),
  /** The latest standing decision: the reviewer's login and when. */
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  submission: submissionSchema.nullable(),
})
export type StaffReport = z.infer<typeof staffReportSchema>

/** Counts over the whole filter (every page). */
const facetsSchema = z.object({
  by_status: z.array(z.object({ status_code: z.number().int(), count: z.number().int() })),
  by_vehicle_type: z.array(
    z.object({ vehicle_type_code: z.string(), vehicle_type_title: z.string(), count: z.number().int() }),
  ),
})
export type StaffReportFacets = z.infer<typeof facetsSchema>

export const staffReportListSchema = okEnvelope({ items: z.array(staffReportSchema), ...paging, facets: facetsSchema })

/** Every submission and decision of a report, oldest first. */
const historyEntrySchema = z.discriminatedUnion('kind', [
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
    ...mediaFields,
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
    id: z.number().int(),
    status_code: z.number().int(),
    status_title: z.string(),
    reviewer_login: z.string(),
    reviewer_name: z.string(),
  }),
])
export type HistoryEntry = z.infer<typeof historyEntrySchema>

/** One report with everything a reviewer checks: the vehicle, its type's instructions, the company, the history. */
export const staffReportDetailSchema = okEnvelope({
  report: extReportItemSchema.extend({
    updated_at: z.string(),
    submission: submissionSchema.nullable(),
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
    instructions: instructionsSchema,
  }),
  company: z.object({ id: z.number().int(), biin: z.string(), name: z.string(), email: z.string() }),
  history: z.array(historyEntrySchema),
})

export const decisionSchema = okEnvelope({
  ref_key: z.string(),
  status_code: z.number().int(),
  status_title: z.string(),
  reject_reason: z.string(),
  reviewer_login: z.string(),
  decided_at: z.string(),
  undo_until: z.string(),
})

export const undoSchema = okEnvelope({
  ref_key: z.string(),
  status_code: z.number().int(),
  status_title: z.string(),
  undone_status_code: z.number().int(),
  decided_at: z.string(),
  undone_at: z.string(),
  letter_dropped: z.boolean(),
})

/** The `data` of an undo's 409: why it was refused. */
export const undoConflictSchema = errorEnvelope.shape.data.extend({
  reason: z.enum(['nothing_to_undo', 'not_yours', 'window_passed', 'changed']),
})
export type UndoRefusal = z.infer<typeof undoConflictSchema>['reason']

/** The `data` of a decision's 409: where the report is now, and who decided first and when. */
export const decisionConflictSchema = errorEnvelope.shape.data.extend({
  current_status_code: z.number().int(),
  current_status_title: z.string(),
  decided_by: z.string().nullable(),
  decided_by_name: z.string().nullable(),
  decided_at: z.string().nullable(),
})

const staffVehicleSchema = z.object({
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
  sticker_printed_at: z.string().nullable(),
})

export const staffVehicleListSchema = okEnvelope({ items: z.array(staffVehicleSchema), ...paging })
