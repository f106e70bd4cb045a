'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { signIn } from 'next-auth/react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { requestOtp } from '@/lib/actions/auth'
import { codeFormSchema } from '@/lib/schemas/login'
import type { SentOtp } from './client-login'
import { safeFrom, signInMessage } from './sign-in-errors'
import { mmss, useCountdown } from './use-countdown'

type CodeForm = z.infer<typeof codeFormSchema>

export function OtpCodeStep({
  sent,
  from,
  onResent,
  onBack,
}: {
  sent: SentOtp
  from: string
  onResent: (s: SentOtp) => void
  onBack: () => void
}) {
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
      window.location.assign(safeFrom(from))
      return
    }
    form.setError('root', { message: signInMessage(res?.error) })
  })

  const resend = async () => {
    setResending(true)
    const res = await requestOtp(sent.request)
    setResending(false)
    if (res.ok) {
      const now = Date.now()
      form.clearErrors()
      setNotice('Новый код отправлен')
      setResendAt(now + res.resendAfter * 1000)
      onResent({
        ...sent,
        email: res.email,
        expiresAt: now + res.expiresIn * 1000,
        resendAt: now + res.resendAfter * 1000,
      })
    } else {
      // 429: honour the API's Retry-After
      if (res.retryAfter) setResendAt(Date.now() + res.retryAfter * 1000)
      form.setError('root', { message: res.message })
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Alert tone="success">
        Код отправлен на <strong>{sent.email}</strong>.{' '}
        {left > 0 ? <>Код действует ещё {mmss(left)}.</> : <>Срок действия кода истёк — запросите новый.</>}
      </Alert>
      {notice ? (
        <p className="text-sm text-slate-700" aria-live="polite">
          {notice}
        </p>
      ) : null}
      <Field id="otp-code" label="Код из письма" error={errors.code?.message}>
        <Input
          id="otp-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={4}
          autoFocus
          aria-invalid={!!errors.code}
          aria-describedby="otp-code-error"
          className="text-center text-lg tracking-[0.5em]"
          {...form.register('code')}
        />
      </Field>
      {errors.root?.message ? <Alert tone="danger">{errors.root.message}</Alert> : null}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? 'Проверяем…' : 'Войти'}
      </Button>
      <div className="flex items-center justify-between gap-2">
        <Button variant="ghost" size="sm" onClick={onBack} className="whitespace-nowrap">
          ← Изменить данные
        </Button>
        <Button
          variant="secondary"
          size="sm"
          onClick={resend}
          disabled={resendLeft > 0 || resending}
          className="whitespace-nowrap"
        >
          {resendLeft > 0 ? `Новый код через ${resendLeft} с` : 'Отправить код снова'}
        </Button>
      </div>
    </form>
  )
}
