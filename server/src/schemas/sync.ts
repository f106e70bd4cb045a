import { z } from 'zod'
import { isValidBiin } from '../lib/biin.js'
import { BiinParam } from './common.js'

/** Bodies of the 1C upserts (PUT /1c/companies, /1c/vehicles, /1c/reports) and their bulk form (POST /1c/sync). */

const Key = z.string().min(1).max(64)
const Ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD.')

export const CompanyBody = z.object({ name: z.string().trim().min(1).max(300), email: z.email().max(200) })
export const CompanyOut = z.object({ id: z.number().int(), biin: z.string(), name: z.string(), email: z.string() })

export const VehicleBody = z.object({
  biin: z.string().regex(/^\d{12}$/, 'BIN/IIN must be 12 digits.'),
  vehicle_type_code: z.string().min(1).max(64),
  vin_code: z.string().max(64).default(''),
  plate_number: z.string().max(32).default(''),
  contract_number: z.string().max(100).default(''),
  contract_date_end: z.union([Ymd, z.literal('')]).default(''),
})
export const VehicleOut = z.object({
  guid: z.string(),
  biin: z.string(),
  vehicle_type_code: z.string(),
  vin_code: z.string(),
  plate_number: z.string(),
  contract_number: z.string(),
  contract_date_end: z.string(),
})

const ReportFields = z.object({
  vehicle_guid: z.string().min(1).max(64),
  report_number: z.string().min(1).max(32),
  contract_number: z.string().max(100).optional(),
  date_start: Ymd,
  date_finish: Ymd,
  /** Only 1C's own status changes; omitted = 1 for a new report, unchanged for an existing one. */
  status_code: z.number().int().min(1).max(4).optional(),
  reject_reason: z.string().max(1000).optional(),
})
/** A report's period: it cannot end before it starts. */
const periodInOrder = (b: { date_start: string; date_finish: string }) => b.date_start <= b.date_finish
const reversedPeriod = { path: ['date_finish'], message: 'date_finish is before date_start.' }
export const ReportBody = ReportFields.refine(periodInOrder, reversedPeriod)
export const ReportOut = z.object({
  ref_key: z.string(),
  vehicle_guid: z.string(),
  biin: z.string(),
  report_number: z.string(),
  contract_number: z.string(),
  date_start: z.string(),
  date_finish: z.string(),
  status_code: z.number().int(),
  reject_reason: z.string(),
})

/** `created` tells 201 from 200; `changed` is false when the same body came again (idempotent no-op). */
export const UpsertFlags = { created: z.boolean(), changed: z.boolean() }

/** The bulk items: each the PUT body plus its path key. */
export const SyncCompany = CompanyBody.extend({
  biin: BiinParam.refine(isValidBiin, 'Invalid BIN/IIN check digit.'),
})
export const SyncVehicle = VehicleBody.extend({ vehicle_guid: Key })
export const SyncReport = ReportFields.extend({ ref_key: Key }).refine(periodInOrder, reversedPeriod)

export type SyncCompanyItem = z.infer<typeof SyncCompany>
export type SyncVehicleItem = z.infer<typeof SyncVehicle>
export type SyncReportItem = z.infer<typeof SyncReport>

/** POST /1c/sync: one invalid item (nothing of it was written). */
const SyncItemError = z
  .object({
    index: z.int().meta({ description: "NDJSON: the item's 0-based line number; JSON: its position in its array" }),
    kind: z.enum(['company', 'vehicle', 'report']).nullable(),
    key: z.string().nullable().meta({ description: 'Its biin, vehicle_guid or ref_key, when it has one' }),
    message: z.string(),
  })
  .meta({ id: 'SyncItemError' })

/** POST /1c/sync's counts: each item is created, updated, unchanged (sent again as stored), or an error. */
export const SyncCounts = {
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  errors: z.array(SyncItemError),
}

/** POST /1c/sync when invalid items made it apply nothing: the error envelope with the counts (all 0). */
export const SyncRefused = z
  .object({
    status: z.literal('error'),
    data: z.object({ message: z.string(), code: z.literal(422), ...SyncCounts }),
  })
  .meta({ id: 'SyncRefused', description: 'Invalid items (listed in `errors`): nothing was applied' })
