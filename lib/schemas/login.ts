import './jitless'
// zod/mini: these schemas run in the browser's forms too (a fifth of zod's size there).
import * as z from 'zod/mini'
import { biinSchema } from '@/lib/format/biin'

/** Client step 1: BIN/IIN + role (+ mobile and first name for an employee). Shared by the form and the server action. */
export const otpRequestSchema = z
  .object({
    biin: biinSchema,
    role: z.enum(['director', 'employee']),
    mobile: z.optional(z.string().check(z.trim())),
    first_name: z.optional(z.string().check(z.trim())),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.role !== 'employee') return
      const digits = (v.mobile ?? '').replace(/\D/g, '')
      if (!/^(7|8)7\d{9}$/.test(digits))
        ctx.addIssue({
          code: 'custom',
          path: ['mobile'],
          message: 'Введите мобильный номер: 11 цифр, например 87781578800',
        })
      if (!v.first_name || v.first_name.length < 2)
        ctx.addIssue({ code: 'custom', path: ['first_name'], message: 'Введите имя' })
    }),
  )
export type OtpRequestInput = z.infer<typeof otpRequestSchema>

export const biinOnlySchema = biinSchema
export const codeSchema = z.string().check(z.trim(), z.regex(/^\d{4}$/, 'Код — 4 цифры из письма'))
export const codeFormSchema = z.object({ code: codeSchema })

export const staffSchema = z.object({
  login: z.string().check(z.trim(), z.minLength(1, 'Введите логин')),
  password: z.string().check(z.minLength(1, 'Введите пароль')),
})
export type StaffInput = z.infer<typeof staffSchema>

/** Why a code was not sent; the form words it in the reader's language (components/login/login-text.ts). */
export type OtpRequestFailure = {
  ok: false
  reason: 'invalid' | 'no-device' | 'resend' | 'letters' | 'not-found' | 'refused' | 'unavailable' | 'failed'
  errors?: Partial<Record<keyof OtpRequestInput, string[]>>
  /** Seconds until a new code may be asked for (429). */
  retryAfter?: number
}

export type OtpRequestState =
  { ok: true; email: string; sentAt: number; resendAfter: number; expiresIn: number } | OtpRequestFailure
