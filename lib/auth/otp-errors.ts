import { AuthApiError } from './api'

/** Error codes that travel from the NextAuth providers to the login form (signIn(...).error). */
export type SignInErrorCode =
  | 'code-wrong'
  | 'code-burned'
  | 'code-expired'
  | 'code-stale'
  | 'staff-wrong'
  | 'no-device'
  | 'api-unavailable'
  | 'unknown'

/**
 * Maps the API's answer to /auth onto one of our codes. The API says (server/src/plugins/app/auth/otp-service.ts):
 * 401 "Wrong code.", 401 "The code has expired: request a new one.", 429 or 401 "Too many wrong codes: …"
 * once 5 wrong tries burned it, 401 "No valid code: request a new one." for a used or missing code.
 */
export function otpErrorCode(e: unknown): SignInErrorCode {
  if (!(e instanceof AuthApiError)) return 'unknown'
  if (e.status === 0 || e.status >= 500) return 'api-unavailable'
  const m = e.message.toLowerCase()
  if (e.status === 429 || /too many|burn|attempt/.test(m)) return 'code-burned'
  if (/expire/.test(m)) return 'code-expired'
  if (/no valid code/.test(m)) return 'code-stale'
  if (e.status === 401 || e.status === 422 || e.status === 400 || e.status === 404) return 'code-wrong'
  return 'unknown'
}
