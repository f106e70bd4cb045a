'use server'

import { cookies } from 'next/headers'
import { z } from 'zod'
import { AuthApiError, postBiin } from '@/lib/auth/api'
import { DEVICE_COOKIE } from '@/lib/auth/cookies'
import { otpRequestSchema, type OtpRequestState } from '@/lib/schemas/login'

const OTP_TTL = 600
const RESEND_COOLDOWN = 60

/** Step 1 of the client sign-in: validates again on the server, then asks the API to send the code. */
export async function requestOtp(input: unknown): Promise<OtpRequestState> {
  const parsed = otpRequestSchema.safeParse(input)
  if (!parsed.success) {
    return { ok: false, message: 'Проверьте поля формы', errors: z.flattenError(parsed.error).fieldErrors }
  }
  const uuid = (await cookies()).get(DEVICE_COOKIE)?.value
  if (!uuid) return { ok: false, message: 'Обновите страницу: не удалось определить устройство' }
  const { biin, role, mobile, first_name } = parsed.data
  try {
    const { email } = await postBiin(
      role === 'director'
        ? { biin, uuid, role_id: 1 }
        : { biin, uuid, role_id: 2, mobile: (mobile ?? '').replace(/\D/g, ''), first_name },
    )
    return { ok: true, email, sentAt: Date.now(), resendAfter: RESEND_COOLDOWN, expiresIn: OTP_TTL }
  } catch (e) {
    if (!(e instanceof AuthApiError)) return { ok: false, message: 'Не удалось отправить код. Попробуйте ещё раз' }
    if (e.status === 429) {
      const wait = e.retryAfter ?? RESEND_COOLDOWN
      return { ok: false, retryAfter: wait, message: `Код уже отправлен. Новый можно запросить через ${wait} с` }
    }
    if (e.status === 0 || e.status >= 500) return { ok: false, message: 'API недоступен. Попробуйте позже' }
    if (e.status === 404)
      return {
        ok: false,
        message: 'Компания с таким БИН/ИИН не найдена',
        errors: { biin: ['Компания с таким БИН/ИИН не найдена'] },
      }
    if (e.status === 422) return { ok: false, message: 'Проверьте поля формы: сервер их не принял' }
    return { ok: false, message: 'Не удалось отправить код. Попробуйте ещё раз' }
  }
}
