import { z } from 'zod'
import { okEnvelope } from './common'
import { extReportItemSchema } from './submission'

/** The insights endpoints [ext], exactly as the API answers them (server/src/schemas/stats.ts). */

const rate = z.number().nullable()
const counts = {
  due: z.number().int(),
  on_time: z.number().int(),
  late: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  open_overdue: z.number().int(),
}

const monthStatsSchema = z.object({ month: z.string(), ...counts })
export type MonthStats = z.infer<typeof monthStatsSchema>

const vehicleTypeStatsSchema = z.object({ vehicle_type_code: z.string(), vehicle_type_title: z.string(), ...counts })
export type VehicleTypeStats = z.infer<typeof vehicleTypeStatsSchema>

const settingsShape = { reminders: z.boolean(), reminder_days_before: z.number().int() }
export type CompanySettings = { reminders: boolean; reminder_days_before: number }

const common = {
  months: z.array(monthStatsSchema),
  by_vehicle_type: z.array(vehicleTypeStatsSchema),
  on_time_rate: rate,
}

/** GET /reports/stats: the director's company. */
export const companyStatsSchema = okEnvelope({
  ...common,
  overdue_total: z.number().int(),
  overdue_reports: z.array(extReportItemSchema),
  settings: z.object(settingsShape),
})
export type CompanyStats = z.infer<typeof companyStatsSchema>['data']

const companyRowSchema = z.object({
  biin: z.string(),
  company_name: z.string(),
  open_overdue: z.number().int(),
  on_time_rate_90d: rate,
  rejected_rate_90d: rate,
})
export type CompanyRow = z.infer<typeof companyRowSchema>

const reviewerSchema = z.object({
  login: z.string(),
  display_name: z.string(),
  by_day: z.array(z.object({ date: z.string(), approved: z.number().int(), rejected: z.number().int() })),
})
export type ReviewerStats = z.infer<typeof reviewerSchema>

/** GET /1c/stats: every company (Forte staff). */
export const staffStatsSchema = okEnvelope({
  ...common,
  companies: z.array(companyRowSchema),
  queue: z.object({
    size: z.number().int(),
    oldest_wait_h: z.number().nullable(),
    median_wait_h: z.number().nullable(),
  }),
  reviewers: z.array(reviewerSchema),
  reject_reasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
})
export type StaffStats = z.infer<typeof staffStatsSchema>['data']

/** GET and PUT /company/settings. */
export const companySettingsSchema = okEnvelope(settingsShape)
