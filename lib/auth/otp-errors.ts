import { ForteApiError, toFailure } from '@/lib/forte/errors'

/** Error codes that travel from the NextAuth providers to the login form (signIn(...).error). */
export type SignInErrorCode =
  | 'code-wrong'
  | 'code-burned'
  | 'code-expired'
  | 'code-stale'
  | 'locked'
  | 'staff-wrong'
  | 'staff-locked'
  | 'no-device'
  | 'api-unavailable'
  | 'unknown'

/** A sign-in error as the form reads it: the code, and for a lock how many seconds to wait. */
export type SignInError = { code: SignInErrorCode; wait?: number }

/** Locks carry their wait inside the error string (`locked:840`): NextAuth passes one string only. */
const withWait = (code: 'locked' | 'staff-locked', e: ForteApiError) => `${code}:${e.retryAfter ?? 900}`

/**
 * Maps the API's answer to /auth onto one of our codes. The API says (server/src/plugins/app/auth/):
 * 401 "Wrong code.", 401 "The code has expired: request a new one.", 429 or 401 "Too many wrong codes: …"
 * once 5 wrong tries burned it, 401 "No valid code: request a new one." for a used or missing code,
 * and 429 with Retry-After once a failure budget is spent ("Sign-in is locked …").
 */
export function otpErrorCode(e: unknown): string {
  const failure = toFailure(e)
  if (failure === 'unavailable') return 'api-unavailable'
  if (!(e instanceof ForteApiError)) return 'unknown'
  const m = e.message.toLowerCase()
  if (failure === 'rate-limited' && /locked|too many requests/.test(m)) return withWait('locked', e)
  if (/too many wrong codes/.test(m)) return 'code-burned'
  if (failure === 'rate-limited') return withWait('locked', e)
  if (/expire/.test(m)) return 'code-expired'
  if (/no valid code/.test(m)) return 'code-stale'
  if (failure === 'expired' || failure === 'invalid' || failure === 'not-found') return 'code-wrong'
  return 'unknown'
}

/** The same for the staff sign-in (GET /1c/me): wrong password, a locked login, or the API down. */
export function staffErrorCode(e: unknown): string {
  const failure = toFailure(e)
  if (failure === 'unavailable') return 'api-unavailable'
  if (failure === 'expired' || failure === 'forbidden') return 'staff-wrong'
  if (failure === 'rate-limited' && e instanceof ForteApiError) return withWait('staff-locked', e)
  return 'unknown'
}

const CODES: readonly string[] = [
  'code-wrong',
  'code-burned',
  'code-expired',
  'code-stale',
  'locked',
  'staff-wrong',
  'staff-locked',
  'no-device',
  'api-unavailable',
  'unknown',
]

/** signIn(...).error → a code the form knows (anything else is `unknown`) and the wait of a lock. */
export function parseSignInError(error: string | null | undefined): SignInError {
  const [code, wait] = (error ?? '').split(':')
  if (!code || !CODES.includes(code)) return { code: 'unknown' }
  const seconds = Number(wait)
  return Number.isFinite(seconds) && seconds > 0
    ? { code: code as SignInErrorCode, wait: Math.ceil(seconds) }
    : { code: code as SignInErrorCode }
}
