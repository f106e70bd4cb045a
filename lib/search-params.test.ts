import { describe, expect, it } from 'vitest'
import { positiveIntParam, readParam, toQuery } from './search-params'

describe('toQuery', () => {
  it('round-trips', () => {
    expect(toQuery({ status: 1, range: '1w' })).toBe('?status=1&range=1w')
    expect(toQuery({})).toBe('')
  })
  it('leaves out what is not set and encodes the rest', () => {
    expect(toQuery({ company: 'ИП', type: '', range: undefined, page: 2, q: null })).toBe(
      '?company=%D0%98%D0%9F&page=2',
    )
  })
})

describe('reading params', () => {
  it('takes the first of a repeated key, trimmed, from a page or a URL', () => {
    expect(readParam({ q: [' a ', 'b'] }, 'q')).toBe('a')
    expect(readParam(new URLSearchParams('q=%20x%20'), 'q')).toBe('x')
    expect(readParam({ q: '  ' }, 'q')).toBeUndefined()
  })
  it('keeps a whole number within 1..max', () => {
    expect([undefined, 'x', '-1', '0', '2.7', '99'].map((v) => positiveIntParam(v, 24))).toEqual([1, 1, 1, 1, 2, 24])
  })
})
