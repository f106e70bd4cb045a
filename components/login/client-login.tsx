'use client'

import { useState } from 'react'
import type { LoginPrefill } from '@/lib/auth/invite'
import type { Locale } from '@/lib/i18n/locale'
import type { OtpRequestInput } from '@/lib/schemas/login'
import { OtpCodeStep } from './otp-code-step'
import { OtpRequestForm } from './otp-request-form'

export type SentOtp = { request: OtpRequestInput; email: string; expiresAt: number; resendAt: number }

/** Client sign-in: step 1 asks for the code, step 2 checks it. */
export function ClientLogin({ from, prefill, locale }: { from: string; prefill: LoginPrefill; locale: Locale }) {
  const [sent, setSent] = useState<SentOtp | null>(null)
  return sent ? (
    <OtpCodeStep sent={sent} from={from} locale={locale} onResent={setSent} onBack={() => setSent(null)} />
  ) : (
    <OtpRequestForm onSent={setSent} prefill={prefill} locale={locale} />
  )
}
