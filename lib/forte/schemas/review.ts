import { z } from 'zod'
import { instructionsSchema, okEnvelope, reportItemSchema } from './common'

/** The 1C / Forte staff endpoints ([ext] in the contract). */
export const meSchema = okEnvelope({ login: z.string(), display_name: z.string() })

export const submissionSchema = z.looseObject({
  time_sent: z.string(),
  lat: z.number(),
  long: z.number(),
  size: z.number().optional(),
  uploaded_at: z.string().optional(),
})
export type Submission = z.infer<typeof submissionSchema>

export const staffReportSchema = reportItemSchema.extend({
  company_name: z.string(),
  biin: z.string(),
  submission: submissionSchema.nullable().optional(),
})
export type StaffReport = z.infer<typeof staffReportSchema>

/** `{items, total}`; `reports` is accepted as the list's name too. */
export const staffReportListSchema = okEnvelope({
  items: z.array(staffReportSchema).optional(),
  reports: z.array(staffReportSchema).optional(),
  total: z.number().int(),
})

export const historyEntrySchema = z.looseObject({
  kind: z.string().optional(),
  at: z.string().optional(),
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>

/** One report with everything a reviewer checks; the nested blocks are read loosely. */
export const staffReportDetailSchema = okEnvelope({
  // The detail puts the company in its own block: the report itself has no company_name/biin.
  report: staffReportSchema.partial({ company_name: true, biin: true }).optional(),
  vehicle: z.looseObject({}).optional(),
  vehicle_type: z.looseObject({ instructions: instructionsSchema.optional() }).optional(),
  company: z.looseObject({}).optional(),
  submission: submissionSchema.nullable().optional(),
  history: z.array(historyEntrySchema),
})
export type StaffReportDetail = z.infer<typeof staffReportDetailSchema>['data']

export const decisionSchema = okEnvelope({})

export const staffVehicleSchema = z.looseObject({
  vehicle_guid: z.string(),
  plate_number: z.string(),
  vin_code: z.string(),
  company_name: z.string().optional(),
  biin: z.string().optional(),
  vehicle_type_code: z.string().optional(),
  vehicle_type_title: z.string().optional(),
})
export type StaffVehicle = z.infer<typeof staffVehicleSchema>

export const staffVehicleListSchema = okEnvelope({
  items: z.array(staffVehicleSchema).optional(),
  vehicles: z.array(staffVehicleSchema).optional(),
  total: z.number().int(),
})
