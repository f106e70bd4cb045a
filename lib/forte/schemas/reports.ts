import { z } from 'zod'
import {
  generalPayload,
  instructionsSchema,
  okEnvelope,
  reportItemSchema,
  splitReports,
  typeInfoSchema,
} from './common'

export const generalFilterSchema = okEnvelope(generalPayload)
export type GeneralReports = z.infer<typeof generalFilterSchema>['data']

/** One row per vehicle with its most pressing report (`/reports/vehicle/filter`). */
export const vehiclePriorityItemSchema = z.looseObject({
  ref_key: z.string(),
  report_status_priority_title: z.string(),
  report_status_priority_code: z.number().int(),
  status_expired_title: z.string(),
  status_expired_bool: z.boolean(),
  vin_code: z.string(),
  plate_number: z.string(),
  vehicle_guid: z.string(),
  vehicle_type_code: z.string(),
})
export type VehiclePriorityItem = z.infer<typeof vehiclePriorityItemSchema>

export const vehicleFilterSchema = okEnvelope({
  reports: splitReports(vehiclePriorityItemSchema),
  info: z.looseObject({
    by_vehicle_type_code: z.record(z.string(), z.looseObject({ vehicle_type_title: z.string() })),
  }),
  filter: z.looseObject({ status: z.record(z.string(), z.string()), date_range: z.record(z.string(), z.string()) }),
})
export type VehicleFilter = z.infer<typeof vehicleFilterSchema>['data']

export const vehicleInfoSchema = z.looseObject({
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
export type VehicleReports = z.infer<typeof vehicleSelectSchema>['data']

/** The latest submission of a report: `time_sent` is Almaty wall time, `uploaded_at` a UTC instant. */
export const submissionSchema = z.looseObject({
  time_sent: z.string(),
  lat: z.number(),
  long: z.number(),
  uploaded_at: z.string(),
})
export type Submission = z.infer<typeof submissionSchema>

/** `/reports/select/{ref_key}` [ext]: one report (with its vehicle guid), its latest submission, its type. */
export const reportSelectSchema = okEnvelope({
  report: reportItemSchema.extend({ vehicle_guid: z.string() }),
  submission: submissionSchema.nullable(),
  info: z.looseObject({ by_vehicle_type_code: typeInfoSchema }),
})
export type ReportSelect = z.infer<typeof reportSelectSchema>['data']

export const uploadSavedSchema = okEnvelope({})
