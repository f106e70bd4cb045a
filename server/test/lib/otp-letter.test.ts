import { describe, expect, it } from 'vitest'
import { otpLetter } from '../../src/mail/otp-letter.js'
import { fourDigitNumbers } from '../smtp-sink.js'

const letter = (ttl: number, extra: Partial<Parameters<typeof otpLetter>[0]> = {}) =>
  otpLetter({
    to: 'email@mail.ru',
    code: '0042',
    expiresAt: new Date(Date.UTC(2026, 0, 5, 7, 9)), // 12:09 in Almaty (UTC+5)
    ttl,
    roleId: 1,
    ...extra,
  })

describe('the sign-in letter', () => {
  it('gives the lifetime in words, Russian plurals included, and the Almaty clock time', () => {
    const cases: [number, string, string][] = [
      [2, '2 секунды', '2 seconds'],
      [60, '1 минуту', '1 minute'],
      [600, '10 минут', '10 minutes'],
      [1260, '21 минуту', '21 minutes'],
      [3600, '1 час', '1 hour'],
      [5400, '1 час 30 минут', '1 hour 30 minutes'],
    ]
    for (const [ttl, ru, en] of cases) {
      const { text } = letter(ttl)
      expect(text).toContain(`Код действует ${ru}, до 12:09 по времени Алматы`)
      expect(text).toContain(`valid for ${en}, until 12:09 Almaty time`)
    }
  })

  it('carries the code as its only 4-digit number, whatever the lifetime and the name', () => {
    for (const ttl of [1, 59, 600, 3599, 86_400, 3_600_000])
      for (const firstName of ['Иван', 'Анна 2024', "O'Neil-Smith"]) {
        const { text } = letter(ttl, { roleId: 2, firstName })
        expect(fourDigitNumbers(text)).toEqual(['0042'])
      }
  })

  it('escapes the name in HTML and keeps only letters of it', () => {
    const { text, html } = letter(600, { roleId: 2, firstName: '<img src=x onerror=alert(1)>Иван' })
    expect(html).not.toContain('<img')
    expect(text).toContain('сотрудник компании img src x onerror alert Иван')
    expect(html).toContain('lang="ru"')
  })
})
