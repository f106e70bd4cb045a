import { describe, expect, it } from 'vitest'
import { otpRequestSchema } from './login'

describe('otpRequestSchema', () => {
  it('accepts both seed test numbers', () => {
    expect(otpRequestSchema.safeParse({ biin: '200940026146', role: 'director' }).success).toBe(true)
    expect(otpRequestSchema.safeParse({ biin: '790920300817', role: 'director' }).success).toBe(true)
  })
  it('explains a wrong check digit', () => {
    const r = otpRequestSchema.safeParse({ biin: '200940026147', role: 'director' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toMatch(/контрольная цифра/)
  })
  it('requires mobile and first name for an employee', () => {
    const r = otpRequestSchema.safeParse({ biin: '200940026146', role: 'employee', mobile: '123', first_name: '' })
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(['first_name', 'mobile'])
    expect(
      otpRequestSchema.safeParse({
        biin: '200940026146',
        role: 'employee',
        mobile: '8 778 157 88 00',
        first_name: 'Иван',
      }).success,
    ).toBe(true)
  })
})
