import { z } from 'zod'
import type { DateRange, StatusCode } from '../codes'

/** `{"status":"ok","data":{"message","code", ...payload}}` around a payload schema. */
export const okEnvelope = <T extends z.ZodRawShape>(payload: T) =>
  z.object({
    status: z.literal('ok'),
    data: z.object({ message: z.string(), code: z.number().int(), ...payload }),
  })

export const errorEnvelope = z.object({
  status: z.literal('error'),
  data: z.looseObject({
    message: z.string(),
    code: z.number().int(),
    errors: z.record(z.string(), z.string()).optional(),
  }),
})

/** A type's instructions: a map "1" → text, or `[]` when the type has none (as the seed shows). */
export const instructionsSchema = z.union([z.record(z.string(), z.string()), z.array(z.unknown()).length(0)])
type Instructions = z.infer<typeof instructionsSchema>

/** The instructions in their numbered order. */
export function instructionList(i: Instructions | undefined): string[] {
  if (!i || Array.isArray(i)) return []
  return Object.entries(i)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, text]) => text)
}

export type { DateRange, StatusCode }

/**
 * One report as the list endpoints return it. Employees' lists omit `vehicle_guid`, and a
 * vehicle's own list omits the vehicle fields, so those are optional.
 */
export const reportItemSchema = z.looseObject({
  ref_key: z.string(),
  report_number: z.string(),
  contract_number: z.string().optional(),
  date_start_render: z.string(),
  date_start_datetime: z.string(),
  date_finish_render: z.string(),
  date_finish_datetime: z.string(),
  status_title: z.string(),
  status_code: z.number().int(),
  status_expired_title: z.string(),
  status_expired_bool: z.boolean(),
  reject_reason: z.string(),
  vin_code: z.string().optional(),
  plate_number: z.string().optional(),
  vehicle_guid: z.string().optional(),
  vehicle_type_code: z.string(),
})
export type ReportItem = z.infer<typeof reportItemSchema>

export const splitReports = <T extends z.ZodType>(item: T) =>
  z.object({ important: z.array(item), general: z.array(item) })

const typeInfoSchema = z.record(
  z.string(),
  z.looseObject({ vehicle_type_title: z.string(), instructions: instructionsSchema.optional() }),
)

const filterSchema = z.object({
  status: z.record(z.string(), z.string()),
  vehicle_type: z
    .array(
      z.looseObject({
        ref_key: z.string(),
        vehicles: z.array(z.object({ vehicle_guid: z.string(), plate_number: z.string() })).optional(),
        plate_numbers: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  date_range: z.record(z.string(), z.string()),
})
export type ReportFilter = z.infer<typeof filterSchema>

/** reports + info + filter: shared by /auth, /refresh_token and /reports/general/filter. */
export const generalPayload = {
  reports: splitReports(reportItemSchema),
  info: z.looseObject({ by_vehicle_type_code: typeInfoSchema }),
  filter: filterSchema,
}
