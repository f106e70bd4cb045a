import { describe, expect, it } from 'vitest'
import { csvCell, toCsv, UTF8_BOM } from './to-csv'

describe('toCsv', () => {
  it('starts with a BOM, uses ; and CRLF, keeps Russian text', () => {
    const csv = toCsv(
      [{ a: 'Отправлено', b: 2 }],
      [
        { header: 'Статус', value: (r) => r.a },
        { header: 'Код', value: (r) => r.b },
      ],
    )
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv.slice(1)).toBe('Статус;Код\r\nОтправлено;2\r\n')
  })
  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('№36/20 (ДЛ); "x"')).toBe('"№36/20 (ДЛ); ""x"""')
    expect(csvCell('a\nb')).toBe('"a\nb"')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-5')).toBe('-5')
    expect(csvCell(undefined)).toBe('')
  })
})
