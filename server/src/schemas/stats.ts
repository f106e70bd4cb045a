import { z } from 'zod'
import { ReportItem } from './reports.js'

/** Schemas of the insights endpoints (api-contract.md "Insights and reminders"). */

const count = (description: string) => z.number().int().meta({ description })
const rate = (description: string) => z.number().min(0).max(1).nullable().meta({ description })

const Counts = {
  due: count('Reports whose period ends (date_finish) in this month / of this group, whatever their status.'),
  on_time: count(
    'Of those, reports whose first submission was uploaded on or before date_finish (Almaty): by 23:59:59 of the last day.',
  ),
  late: count(
    'Of those, reports whose first submission was uploaded after date_finish. Reports never submitted are neither on_time nor late.',
  ),
  approved: count('Of those, reports approved now (status 3).'),
  rejected: count(
    'Of those, reports rejected at least once (a rejection decision, or status 4 now): a rejected-then-approved report counts here and in approved.',
  ),
  open_overdue: count('Of those, reports still open now (status 1 or 4) although date_finish has passed.'),
}

const MonthStats = z
  .object({ month: z.string().meta({ description: 'YYYY-MM, Almaty calendar month of date_finish' }), ...Counts })
  .meta({ id: 'MonthStats' })

const VehicleTypeStats = z
  .object({ vehicle_type_code: z.string(), vehicle_type_title: z.string(), ...Counts })
  .meta({ id: 'VehicleTypeStats' })

export const CompanySettings = z
  .object({
    reminders: z
      .boolean()
      .meta({ description: 'Reminder letters (daily digest, rejection letters) to the company email' }),
    reminder_days_before: z
      .number()
      .int()
      .min(1)
      .max(14)
      .meta({ description: 'The digest lists reports due within this many days' }),
  })
  .meta({ id: 'CompanySettings' })

// An empty `?months=` means the default, like other blank query parameters.
const blank = (v: unknown) => (v === '' || v === 'null' ? undefined : v)
const months = z.preprocess(blank, z.coerce.number().int().min(1).max(36).default(12))

export const StatsQuery = z.object({ months })

export const StaffStatsQuery = z.object({
  months,
  biin: z.preprocess(
    blank,
    z
      .string()
      .regex(/^\d{12}$/, 'BIN/IIN must be 12 digits.')
      .optional(),
  ),
})

const common = {
  months: z.array(MonthStats).meta({ description: 'One entry per month, oldest first, ending with the current month' }),
  by_vehicle_type: z
    .array(VehicleTypeStats)
    .meta({ description: 'The same counts over the same months, by vehicle type (most reports first)' }),
  on_time_rate: rate(
    'on_time ÷ due over reports whose date_finish is one of the 90 days before today (never submitted = not on time); null without such reports',
  ),
}

export const CompanyStatsPayload = {
  ...common,
  overdue_total: count('Open overdue reports of the company, of any age'),
  overdue_reports: z.array(ReportItem).meta({
    description: 'Open overdue reports (status 1 or 4 past date_finish), the longest overdue first, at most 100',
  }),
  settings: CompanySettings,
}

const CompanyRow = z
  .object({
    biin: z.string(),
    company_name: z.string(),
    open_overdue: count('Reports open now (status 1 or 4) past date_finish, of any age'),
    on_time_rate_90d: rate('on_time ÷ due over reports whose date_finish is one of the 90 days before today'),
    rejected_rate_90d: rate('Of those reports that were submitted, the share rejected at least once'),
  })
  .meta({ id: 'CompanyStatsRow' })

export const StaffStatsPayload = {
  ...common,
  companies: z
    .array(CompanyRow)
    .meta({ description: 'Every company (or the one asked for), most open overdue first, then by name' }),
  queue: z.object({
    size: count('Reports waiting for review (status 2)'),
    oldest_wait_h: z
      .number()
      .nullable()
      .meta({ description: 'Hours since the latest video of the longest waiting one' }),
    median_wait_h: z.number().nullable().meta({ description: 'Median of the same waits, in hours' }),
  }),
  reviewers: z
    .array(
      z.object({
        login: z.string(),
        display_name: z.string(),
        by_day: z
          .array(z.object({ date: z.string(), approved: z.number().int(), rejected: z.number().int() }))
          .meta({ description: 'Each of the last 30 Almaty days, oldest first, today included' }),
      }),
    )
    .meta({ description: 'Reviewers with at least one decision in the last 30 days' }),
  reject_reasons: z
    .array(z.object({ reason: z.string(), count: z.number().int() }))
    .meta({ description: 'The 10 most frequent reasons of rejections decided in the last 90 days' }),
}

export const RemindersRunPayload = {
  date: z.string().meta({ description: 'The Almaty day of the pass (YYYY-MM-DD)' }),
  sent: z
    .array(
      z.object({
        biin: z.string(),
        company_name: z.string(),
        to: z.string(),
        overdue: z.number().int(),
        due_soon: z.number().int(),
      }),
    )
    .meta({ description: 'The digests this call queued; empty when every company had its letter today already' }),
}
