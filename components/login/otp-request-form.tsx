'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch } from 'react-hook-form'
import { TextField } from '@/components/ui/text-field'
import { requestOtp } from '@/lib/actions/auth'
import type { LoginPrefill } from '@/lib/auth/invite'
import type { Locale } from '@/lib/i18n/locale'
import { otpRequestSchema, type OtpRequestInput } from '@/lib/schemas/login'
import type { SentOtp } from './client-login'
import { FormSubmit } from './form-submit'
import { loginText, requestFailureText } from './login-text'
import { deadlineIn } from './use-countdown'

type Props = { onSent: (s: SentOtp) => void; prefill: LoginPrefill; locale: Locale }

/** Step 1; a director's invitation link fills in the BIN/IIN and the employee role (`prefill`). */
export function OtpRequestForm({ onSent, prefill, locale }: Props) {
  const text = loginText(locale)
  const form = useForm<OtpRequestInput>({
    resolver: zodResolver(otpRequestSchema),
    defaultValues: { biin: prefill.biin, role: prefill.role, mobile: '', first_name: '' },
  })
  const { errors, isSubmitting } = form.formState
  const role = useWatch({ control: form.control, name: 'role' })

  const onSubmit = form.handleSubmit(async (values) => {
    const res = await requestOtp(values)
    if (res.ok) {
      onSent({
        request: values,
        email: res.email,
        expiresAt: deadlineIn(res.expiresIn),
        resendAt: deadlineIn(res.resendAfter),
      })
      return
    }
    for (const [field, msgs] of Object.entries(res.errors ?? {})) {
      if (msgs?.[0]) form.setError(field as keyof OtpRequestInput, { message: msgs[0] })
    }
    const message = requestFailureText(text, res)
    if (res.reason === 'not-found') form.setError('biin', { message })
    form.setError('root', { message })
  })

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="biin"
        label={text.biin}
        error={errors.biin?.message}
        hint={text.biinHint}
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        {...form.register('biin')}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{text.role}</legend>
        <div className="flex gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="director" className="h-4 w-4 accent-brand" {...form.register('role')} />{' '}
            {text.director}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="employee" className="h-4 w-4 accent-brand" {...form.register('role')} />{' '}
            {text.employee}
          </label>
        </div>
      </fieldset>
      {role === 'employee' ? (
        <>
          <TextField
            id="mobile"
            label={text.mobile}
            error={errors.mobile?.message}
            hint={text.mobileHint}
            type="tel"
            autoComplete="tel"
            {...form.register('mobile')}
          />
          <TextField
            id="first_name"
            label={text.firstName}
            error={errors.first_name?.message}
            autoComplete="given-name"
            {...form.register('first_name')}
          />
        </>
      ) : null}
      <FormSubmit
        error={errors.root?.message}
        pending={isSubmitting}
        label={text.getCode}
        pendingLabel={text.sending}
      />
    </form>
  )
}
