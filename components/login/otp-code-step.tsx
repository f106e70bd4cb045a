'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { signIn } from 'next-auth/react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type * as z from 'zod/mini'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { requestOtp } from '@/lib/actions/auth'
import { parseSignInError } from '@/lib/auth/otp-errors'
import { safePortalPath } from '@/lib/auth/safe-redirect'
import type { Locale } from '@/lib/i18n/locale'
import { codeFormSchema } from '@/lib/schemas/login'
import type { SentOtp } from './client-login'
import { FormSubmit } from './form-submit'
import { loginText, requestFailureText, signInErrorText } from './login-text'
import { deadlineIn, mmss, useCountdown } from './use-countdown'

type CodeForm = z.infer<typeof codeFormSchema>

export function OtpCodeStep({
  sent,
  from,
  locale,
  onResent,
  onBack,
}: {
  sent: SentOtp
  from: string
  locale: Locale
  onResent: (s: SentOtp) => void
  onBack: () => void
}) {
  const text = loginText(locale)
  const form = useForm<CodeForm>({ resolver: zodResolver(codeFormSchema), defaultValues: { code: '' } })
  const { errors, isSubmitting } = form.formState
  const left = useCountdown(sent.expiresAt)
  const [resendAt, setResendAt] = useState(sent.resendAt)
  const resendLeft = useCountdown(resendAt)
  const [resending, setResending] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const onSubmit = form.handleSubmit(async ({ code }) => {
    const res = await signIn('otp', { biin: sent.request.biin, code, redirect: false })
    if (res?.ok && !res.error) {
      window.location.assign(safePortalPath(from))
      return
    }
    form.setError('root', { message: signInErrorText(text, parseSignInError(res?.error)) })
  })

  const resend = async () => {
    setResending(true)
    const res = await requestOtp(sent.request)
    setResending(false)
    if (res.ok) {
      form.clearErrors()
      setNotice(text.resent)
      setResendAt(deadlineIn(res.resendAfter))
      onResent({
        ...sent,
        email: res.email,
        expiresAt: deadlineIn(res.expiresIn),
        resendAt: deadlineIn(res.resendAfter),
      })
    } else {
      // 429: honour the API's Retry-After
      if (res.retryAfter) setResendAt(deadlineIn(res.retryAfter))
      form.setError('root', { message: requestFailureText(text, res) })
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Alert tone="success">
        {sent.request.role === 'employee' ? text.sentToCompany : text.sentTo}{' '}
        <strong className="break-all">{sent.email}</strong>.{' '}
        {sent.request.role === 'employee' ? `${text.askDirector} ` : null}
        {left > 0 ? text.validFor(mmss(left)) : text.codeExpired}
      </Alert>
      {notice ? (
        <p className="text-sm text-slate-700" aria-live="polite">
          {notice}
        </p>
      ) : null}
      <TextField
        id="otp-code"
        label={text.code}
        error={errors.code?.message}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={4}
        autoFocus
        className="text-center text-lg tracking-[0.5em]"
        {...form.register('code')}
      />
      <FormSubmit
        error={errors.root?.message}
        pending={isSubmitting}
        label={text.signIn}
        pendingLabel={text.checking}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button variant="ghost" size="sm" onClick={onBack} className="whitespace-nowrap">
          {text.back}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          onClick={resend}
          disabled={resendLeft > 0 || resending}
          className="whitespace-nowrap"
        >
          {resendLeft > 0 ? text.resendIn(resendLeft) : text.resend}
        </Button>
      </div>
    </form>
  )
}
