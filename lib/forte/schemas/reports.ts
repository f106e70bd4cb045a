import { z } from 'zod'
import { generalPayload, instructionsSchema, okEnvelope, reportItemSchema, splitReports } from './common'
import { extReportItemSchema, submissionSchema } from './submission'

export const generalFilterSchema = okEnvelope(generalPayload)

/** One row per vehicle with its most pressing report (`/reports/vehicle/filter`). */
const vehiclePriorityItemSchema = z.looseObject({
  ref_key: z.string(),
  report_status_priority_title: z.string(),
  report_status_priority_code: z.number().int(),
  status_expired_title: z.string(),
  status_expired_bool: z.boolean(),
  vin_code: z.string(),
  plate_number: z.string(),
  vehicle_guid: z.string(),
  vehicle_type_code: z.string(),
  // [ext]: our server sends it (null until a sticker is printed); the real API may not.
  sticker_printed_at: z.string().nullable().optional(),
})
export type VehiclePriorityItem = z.infer<typeof vehiclePriorityItemSchema>

export const vehicleFilterSchema = okEnvelope({
  reports: splitReports(vehiclePriorityItemSchema),
  info: z.looseObject({
    by_vehicle_type_code: z.record(z.string(), z.looseObject({ vehicle_type_title: z.string() })),
  }),
  filter: z.looseObject({ status: z.record(z.string(), z.string()), date_range: z.record(z.string(), z.string()) }),
})

const vehicleInfoSchema = z.looseObject({
  contract_number: z.string(),
  contract_date_end: z.string(),
  plate_number: z.string(),
  vin_code: z.string(),
  image_path: z.string(),
})
export type VehicleInfo = z.infer<typeof vehicleInfoSchema>

export const vehicleSelectSchema = okEnvelope({
  reports: splitReports(reportItemSchema),
  info: z.looseObject({
    by_vehicle_type_code: z.record(
      z.string(),
      z.looseObject({ vehicle_type_title: z.string(), instructions: instructionsSchema.optional() }),
    ),
    this: vehicleInfoSchema,
  }),
})

/** `/reports/select/{ref_key}` [ext]: one report of the caller's company, its latest submission, its type. */
export const reportSelectSchema = okEnvelope({
  report: extReportItemSchema,
  submission: submissionSchema.nullable(),
  info: z.object({
    by_vehicle_type_code: z.record(
      z.string(),
      z.object({ vehicle_type_title: z.string(), instructions: instructionsSchema }),
    ),
  }),
})

export const uploadSavedSchema = okEnvelope({})
