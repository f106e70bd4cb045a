import { describe, expect, it } from 'vitest'
import { sessionOver, STAFF_SESSION_SECONDS } from './session-age'

describe('sessionOver', () => {
  const now = 2_000_000_000
  it('ends a staff session 12 hours after sign-in', () => {
    expect(STAFF_SESSION_SECONDS).toBe(12 * 3600)
    expect(sessionOver({ role: 'staff', signedInAt: now - 11 * 3600 }, now)).toBe(false)
    expect(sessionOver({ role: 'staff', signedInAt: now - 12 * 3600 }, now)).toBe(true)
    expect(sessionOver({ role: 'staff', signedInAt: now - 30 * 24 * 3600 }, now)).toBe(true)
  })
  it('treats a staff session without a sign-in time (made before this rule) as over', () => {
    expect(sessionOver({ role: 'staff' }, now)).toBe(true)
  })
  it('leaves client sessions to the API', () => {
    expect(sessionOver({ role: 'director', signedInAt: now - 20 * 24 * 3600 }, now)).toBe(false)
    expect(sessionOver({ role: 'employee' }, now)).toBe(false)
  })
})
