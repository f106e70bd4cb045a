import { describe, expect, it } from 'vitest'
import { ForteApiError, ForteUnavailableError } from '@/lib/forte/errors'
import { otpErrorCode, parseSignInError, staffErrorCode } from './otp-errors'

// Status 0: the API could not be reached.
const apiError = (status: number, message: string, retryAfter?: number) =>
  status === 0 ? new ForteUnavailableError() : new ForteApiError(status, message, {}, retryAfter)

// The messages are the API's own (server/src/plugins/app/auth/otp-service.ts, abuse-limits.ts).
describe('otpErrorCode', () => {
  it.each([
    [401, 'Wrong code.', undefined, 'code-wrong'],
    [401, 'The code has expired: request a new one.', undefined, 'code-expired'],
    [429, 'Too many wrong codes: request a new one.', 42, 'code-burned'],
    [401, 'Too many wrong codes: request a new one.', undefined, 'code-burned'],
    [401, 'No valid code: request a new one.', undefined, 'code-stale'],
    [429, 'Sign-in is locked for this BIN/IIN after too many wrong codes; try again in 840 s.', 840, 'locked:840'],
    [429, 'Sign-in is locked for your address after too many wrong codes; try again in 60 s.', 60, 'locked:60'],
    [429, 'Too many requests; try again in 12 s.', 12, 'locked:12'],
    [0, 'API unreachable', undefined, 'api-unavailable'],
    [503, 'Storage down', undefined, 'api-unavailable'],
  ] as const)('%i %s → %s', (status, message, retry, code) => {
    expect(otpErrorCode(apiError(status, message, retry))).toBe(code)
  })
  it('anything else is unknown', () => expect(otpErrorCode(new Error('x'))).toBe('unknown'))
})

describe('staffErrorCode', () => {
  it.each([
    [401, undefined, 'staff-wrong'],
    [429, 900, 'staff-locked:900'],
    [0, undefined, 'api-unavailable'],
    [502, undefined, 'api-unavailable'],
    [418, undefined, 'unknown'],
  ] as const)('%i → %s', (status, retry, code) => {
    expect(staffErrorCode(apiError(status, 'x', retry))).toBe(code)
  })
})

describe('parseSignInError', () => {
  it('reads the code and the wait of a lock', () => {
    expect(parseSignInError('locked:840')).toEqual({ code: 'locked', wait: 840 })
    expect(parseSignInError('staff-locked:61')).toEqual({ code: 'staff-locked', wait: 61 })
    expect(parseSignInError('code-wrong')).toEqual({ code: 'code-wrong' })
  })
  it('turns anything it does not know into unknown', () => {
    for (const e of [null, undefined, '', 'CredentialsSignin', 'locked:abc:1'])
      expect(parseSignInError(e).code).toMatch(/^(unknown|locked)$/)
    expect(parseSignInError('CredentialsSignin')).toEqual({ code: 'unknown' })
    expect(parseSignInError('locked:abc')).toEqual({ code: 'locked' })
  })
})
