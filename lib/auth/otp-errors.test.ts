import { describe, expect, it } from 'vitest'
import { AuthApiError } from './api'
import { otpErrorCode } from './otp-errors'

// The messages are the API's own (server/src/plugins/app/auth/otp-service.ts).
describe('otpErrorCode', () => {
  it.each([
    [401, 'Wrong code.', 'code-wrong'],
    [401, 'The code has expired: request a new one.', 'code-expired'],
    [429, 'Too many wrong codes: request a new one.', 'code-burned'],
    [401, 'Too many wrong codes: request a new one.', 'code-burned'],
    [401, 'No valid code: request a new one.', 'code-stale'],
    [0, 'API unreachable', 'api-unavailable'],
    [503, 'Storage down', 'api-unavailable'],
  ] as const)('%i %s → %s', (status, message, code) => {
    expect(otpErrorCode(new AuthApiError(status, message))).toBe(code)
  })
  it('anything else is unknown', () => expect(otpErrorCode(new Error('x'))).toBe('unknown'))
})
