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
  it('defuses every cell a spreadsheet would run: leading = + - @, tab or carriage return', () => {
    const cases: [unknown, string][] = [
      ['=1+1', "'=1+1"],
      ['+1+cmd|calc', "'+1+cmd|calc"],
      ['-1+1', "'-1+1"],
      ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
      ['-2-3', "'-2-3"],
      ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
      ['\t=1+1', '"\'\t=1+1"'],
      ['\r=1+1', '"\'\r=1+1"'],
      ['+5', "'+5"],
    ]
    for (const [input, out] of cases) expect(csvCell(input), JSON.stringify(input)).toBe(out)
  })
  it('keeps plain numbers, negative ones included, and text with such signs further in', () => {
    for (const v of ['-5', '-43.23894900', -180, 0, 'A-1+2', 'user@mail.ru', '№36/20'])
      expect(csvCell(v)).toBe(String(v))
  })
})
