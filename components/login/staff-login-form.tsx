'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { signIn } from 'next-auth/react'
import { useForm } from 'react-hook-form'
import { TextField } from '@/components/ui/text-field'
import { parseSignInError } from '@/lib/auth/otp-errors'
import { safePortalPath } from '@/lib/auth/safe-redirect'
import type { Locale } from '@/lib/i18n/locale'
import { staffSchema, type StaffInput } from '@/lib/schemas/login'
import { FormSubmit } from './form-submit'
import { loginText, signInErrorText } from './login-text'

/** Forte reviewers sign in with their 1C account (checked by the API's GET /1c/me). */
export function StaffLoginForm({ from, locale }: { from: string; locale: Locale }) {
  const text = loginText(locale)
  const form = useForm<StaffInput>({ resolver: zodResolver(staffSchema), defaultValues: { login: '', password: '' } })
  const { errors, isSubmitting } = form.formState

  const onSubmit = form.handleSubmit(async (values) => {
    const res = await signIn('forte-staff', { ...values, redirect: false })
    if (res?.ok && !res.error) {
      const to = safePortalPath(from)
      window.location.assign(to === '/' ? '/review' : to)
      return
    }
    form.setError('root', { message: signInErrorText(text, parseSignInError(res?.error)) })
  })

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="staff-login"
        label={text.staffLogin}
        error={errors.login?.message}
        autoComplete="username"
        {...form.register('login')}
      />
      <TextField
        id="staff-password"
        label={text.password}
        error={errors.password?.message}
        type="password"
        autoComplete="current-password"
        {...form.register('password')}
      />
      <FormSubmit
        error={errors.root?.message}
        pending={isSubmitting}
        label={text.signIn}
        pendingLabel={text.signingIn}
      />
    </form>
  )
}
