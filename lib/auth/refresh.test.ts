import { describe, expect, it } from 'vitest'
import { needsRefresh } from './refresh'

describe('needsRefresh', () => {
  const now = 1_000_000
  it('refreshes a 5-minute token only in its last 30 seconds', () => {
    expect(
      needsRefresh({ role: 'director', refreshToken: 'r', accessIssued: now - 200, accessExpires: now + 100 }, now),
    ).toBe(false)
    expect(
      needsRefresh({ role: 'director', refreshToken: 'r', accessIssued: now - 275, accessExpires: now + 25 }, now),
    ).toBe(true)
  })
  it('refreshes a short-lived token after half its lifetime', () => {
    expect(
      needsRefresh({ role: 'employee', refreshToken: 'r', accessIssued: now - 1, accessExpires: now + 4 }, now),
    ).toBe(false)
    expect(
      needsRefresh({ role: 'employee', refreshToken: 'r', accessIssued: now - 3, accessExpires: now + 2 }, now),
    ).toBe(true)
    expect(
      needsRefresh({ role: 'employee', refreshToken: 'r', accessIssued: now - 9, accessExpires: now - 4 }, now),
    ).toBe(true)
  })
  it('never refreshes staff (1C Basic credentials) or a token without a refresh token', () => {
    expect(needsRefresh({ role: 'staff', accessExpires: now - 10 }, now)).toBe(false)
    expect(needsRefresh({ role: 'director', accessExpires: now - 10 }, now)).toBe(false)
  })
})
