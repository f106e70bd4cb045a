'use client'

import { useActionState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { saveCompanySettings } from '@/lib/actions/company-settings'
import type { CompanySettings } from '@/lib/forte/schemas/insights'
import { failureText } from '@/lib/i18n/failure-text'
import type { Locale } from '@/lib/i18n/locale'
import { MAX_DAYS_BEFORE, MIN_DAYS_BEFORE } from '@/lib/forte/codes'
import type { SettingsFormState } from '@/lib/schemas/company-settings'
import { insightsText } from './insights-text'

/** Reminders on or off and how many days before: saved by a server action; what was typed stays on a failure. */
export function SettingsForm({ settings, locale }: { settings: CompanySettings; locale: Locale }) {
  const text = insightsText(locale)
  const initial: SettingsFormState = {
    values: { reminders: settings.reminders, reminder_days_before: String(settings.reminder_days_before) },
    status: 'idle',
  }
  const [state, action, pending] = useActionState(saveCompanySettings, initial)
  const daysInvalid = state.status === 'invalid'
  const failure = state.reason ? (text.failures[state.reason] ?? failureText(locale)[state.reason]) : ''
  return (
    <Card>
      <CardHeader title={text.settings.title} hint={text.settings.hint} />
      <CardBody>
        {/* noValidate: the server's check speaks the portal's words, in both languages. */}
        <form action={action} noValidate className="space-y-4" aria-busy={pending}>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              name="reminders"
              defaultChecked={state.values.reminders}
              className="h-4 w-4 accent-accent"
            />
            {text.settings.reminders}
          </label>
          <Field
            id="reminder-days"
            label={text.settings.days}
            hint={text.settings.daysHint}
            error={daysInvalid ? text.settings.daysError : undefined}
          >
            <Input
              id="reminder-days"
              name="reminder_days_before"
              type="number"
              inputMode="numeric"
              min={MIN_DAYS_BEFORE}
              max={MAX_DAYS_BEFORE}
              step={1}
              defaultValue={state.values.reminder_days_before}
              aria-invalid={daysInvalid || undefined}
              aria-describedby="reminder-days-error"
              className="w-28"
            />
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? text.settings.saving : text.settings.save}
            </Button>
            <p aria-live="polite" className="text-sm">
              {state.status === 'saved' ? <span className="text-emerald-800">{text.settings.saved}</span> : null}
            </p>
          </div>
          {state.status === 'failed' ? (
            <Alert tone="danger" role="alert">
              {text.settings.failed} {failure}
            </Alert>
          ) : null}
        </form>
      </CardBody>
    </Card>
  )
}
