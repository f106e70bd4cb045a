import { z } from 'zod'
import { MAX_DAYS_BEFORE, MIN_DAYS_BEFORE } from '@/lib/forte/codes'
import type { ApiFailure } from '@/lib/forte/errors'

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
