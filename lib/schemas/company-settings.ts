import { z } from 'zod'
import type { ApiFailure } from '@/lib/forte/errors'

/** The reminder settings of a company (api-contract.md: `reminder_days_before` 1..14). */
export const MIN_DAYS_BEFORE = 1
export const MAX_DAYS_BEFORE = 14

/** The settings form as posted: a checkbox (`on` or absent) and the days as typed. */
export const companySettingsFormSchema = z.object({
  reminders: z.literal('on').optional(),
  reminder_days_before: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'days')
    .transform(Number)
    .pipe(z.number().int().min(MIN_DAYS_BEFORE, 'days').max(MAX_DAYS_BEFORE, 'days')),
})

/** What the form shows after a save: the values as typed (never lost), and what went wrong, as codes. */
export type SettingsFormState = {
  values: { reminders: boolean; reminder_days_before: string }
  status: 'idle' | 'saved' | 'invalid' | 'failed'
  reason?: ApiFailure
}
