import { describe, expect, it } from 'vitest'
import { invitePath, parseLoginPrefill } from './invite'

describe('sign-in invitation', () => {
  it('round-trips the BIN/IIN and the employee role through the link', () => {
    const path = invitePath('200940026146')
    expect(path).toBe('/login?biin=200940026146&role=employee')
    const q = new URL(path, 'http://portal').searchParams
    expect(parseLoginPrefill(Object.fromEntries(q))).toEqual({ biin: '200940026146', role: 'employee' })
  })
  it('drops anything that is not 12 digits or a known role', () => {
    expect(parseLoginPrefill({ biin: '<script>', role: 'admin' })).toEqual({ biin: '', role: 'director' })
    expect(parseLoginPrefill({ biin: '1234567890123', role: 'employee' })).toEqual({ biin: '', role: 'employee' })
    expect(parseLoginPrefill({ biin: ['200940026146', 'x'], role: ['employee'] })).toEqual({
      biin: '200940026146',
      role: 'employee',
    })
    expect(parseLoginPrefill({})).toEqual({ biin: '', role: 'director' })
  })
})
