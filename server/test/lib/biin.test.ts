import { describe, expect, it } from 'vitest'
import { isValidBiin } from '../../src/lib/biin.js'

describe('isValidBiin (Kazakhstan BIN/IIN check digit)', () => {
  it('accepts both seed test numbers', () => {
    expect(isValidBiin('200940026146')).toBe(true)
    expect(isValidBiin('790920300817')).toBe(true)
  })

  it('rejects the seed numbers with one digit changed', () => {
    for (const good of ['200940026146', '790920300817']) {
      // Position 11 has weight 11 ≡ 0 (mod 11) in the first pass: the algorithm cannot see it change.
      for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11]) {
        const d = Number(good[i])
        const bad = good.slice(0, i) + String((d + 1) % 10) + good.slice(i + 1)
        expect(isValidBiin(bad), bad).toBe(false)
      }
    }
  })

  it('uses the second weight set when the first sum gives 10', () => {
    // 11 digits whose first-pass remainder is 10; the second pass decides the check digit.
    const body = '00000000010' // weights 1..11: 10 × 1 = 10 → second pass: weight 1 → 1
    expect(isValidBiin(`${body}1`)).toBe(true)
    expect(isValidBiin(`${body}0`)).toBe(false)
  })

  it('rejects wrong lengths and non-digits', () => {
    for (const v of ['', '20094002614', '2009400261460', '20094002614a']) expect(isValidBiin(v)).toBe(false)
  })
})
