'use server'

import { cookies, headers } from 'next/headers'
import { z } from 'zod'
import { DEVICE_COOKIE } from '@/lib/auth/cookies'
import { requireSameOrigin } from '@/lib/auth/same-origin'
import { postBiin } from '@/lib/forte/auth'
import { ForteApiError, toFailure } from '@/lib/forte/errors'
import { otpRequestSchema, type OtpRequestFailure, type OtpRequestState } from '@/lib/schemas/login'

const OTP_TTL = 600
const RESEND_COOLDOWN = 60

/** Step 1 of the client sign-in: validates again on the server, then asks the API to send the code. */
export async function requestOtp(input: unknown): Promise<OtpRequestState> {
  await requireSameOrigin()
  const parsed = otpRequestSchema.safeParse(input)
  if (!parsed.success) return { ok: false, reason: 'invalid', errors: z.flattenError(parsed.error).fieldErrors }
  const uuid = (await cookies()).get(DEVICE_COOKIE)?.value
  if (!uuid) return { ok: false, reason: 'no-device' }
  const { biin, role, mobile, first_name } = parsed.data
  try {
    const { email } = await postBiin(
      role === 'director'
        ? { biin, uuid, role_id: 1 }
        : { biin, uuid, role_id: 2, mobile: (mobile ?? '').replace(/\D/g, ''), first_name },
      (await headers()).get('x-forwarded-for'),
    )
    return { ok: true, email, sentAt: Date.now(), resendAfter: RESEND_COOLDOWN, expiresIn: OTP_TTL }
  } catch (e) {
    return { ok: false, ...failureOf(e) }
  }
}

/** The API's refusal → a reason: 429 is either the once-a-minute rule or a spent letter budget. */
function failureOf(e: unknown): Omit<OtpRequestFailure, 'ok'> {
  const failure = toFailure(e)
  if (failure === 'rate-limited' && e instanceof ForteApiError)
    return /sent recently/i.test(e.message)
      ? { reason: 'resend', retryAfter: e.retryAfter ?? RESEND_COOLDOWN }
      : { reason: 'letters', retryAfter: e.retryAfter }
  if (failure === 'unavailable') return { reason: 'unavailable' }
  if (failure === 'not-found') return { reason: 'not-found' }
  if (failure === 'invalid') return { reason: 'refused' }
  return { reason: 'failed' }
}
