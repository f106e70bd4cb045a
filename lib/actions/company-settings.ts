'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { requireSameOrigin } from '@/lib/auth/same-origin'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { toFailure } from '@/lib/forte/errors'
import { putCompanySettings } from '@/lib/forte/insights'
import { companySettingsFormSchema, type SettingsFormState } from '@/lib/schemas/company-settings'

/** Saves the reminder settings of the director's company; answers the values as typed, whatever happens. */
export async function saveCompanySettings(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  await requireSameOrigin()
  await requireRole('director')
  const days = form.get('reminder_days_before')
  const values = {
    reminders: form.get('reminders') === 'on',
    reminder_days_before: typeof days === 'string' ? days.slice(0, 20) : '',
  }
  const parsed = companySettingsFormSchema.safeParse({
    reminders: values.reminders ? 'on' : undefined,
    reminder_days_before: values.reminder_days_before,
  })
  if (!parsed.success) return { values, status: 'invalid' }
  const auth = await getApiAuth()
  if (auth.kind !== 'bearer') return { values, status: 'failed', reason: 'forbidden' }
  let reason
  try {
    await putCompanySettings(auth, {
      reminders: Boolean(parsed.data.reminders),
      reminder_days_before: parsed.data.reminder_days_before,
    })
  } catch (e) {
    reason = toFailure(e)
  }
  if (reason === 'expired') redirect('/login?reason=expired&from=%2Finsights')
  if (reason) return { values, status: reason === 'invalid' ? 'invalid' : 'failed', reason }
  revalidatePath('/insights')
  return { values, status: 'saved' }
}
