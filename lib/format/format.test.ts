import { describe, expect, it } from 'vitest'
import { biinSchema, checkDigitOk } from './biin'
import { formatDate, formatDateTime, parseApiDateTime } from './dates'
import { formatPhoneKz } from './phone'

describe('BIN/IIN check digit', () => {
  it('accepts both numbers of the seed', () => {
    expect(checkDigitOk('200940026146')).toBe(true)
    expect(checkDigitOk('790920300817')).toBe(true)
  })
  it('refuses a number with one digit changed, with a Russian message', () => {
    const r = biinSchema.safeParse('200940026147')
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toMatch(/контрольная цифра/)
  })
  it('asks for 12 digits', () => {
    expect(biinSchema.safeParse('12345').error?.issues[0]?.message).toMatch(/12 цифр/)
  })
})

describe('phones', () => {
  it('shows both spellings of a mobile as +7 (XXX) XXX-XX-XX', () => {
    expect(formatPhoneKz('87781578800')).toBe('+7 (778) 157-88-00')
    expect(formatPhoneKz('+77021234567')).toBe('+7 (702) 123-45-67')
  })
  it('leaves what it cannot read as it is', () => expect(formatPhoneKz('123')).toBe('123'))
})

describe('dates in Asia/Almaty', () => {
  it('reads the API local time and shows it in Russian and English', () => {
    const d = parseApiDateTime('2022-03-03T00:00:00')
    expect(d.toISOString()).toBe('2022-03-02T19:00:00.000Z')
    expect(formatDate(d)).toBe('03 марта 2022 г.')
    expect(formatDate(d, 'en')).toBe('03 March 2022')
    expect(formatDateTime(parseApiDateTime('2026-11-29 14:05:00'))).toBe('29.11.2026, 14:05')
  })
})
