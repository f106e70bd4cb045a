import { describe, expect, it } from 'vitest'
import { contentRange, parseRange } from '../../src/lib/range.js'

describe('parseRange', () => {
  it('reads closed, open-ended and suffix ranges', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ kind: 'partial', start: 0, end: 99 })
    expect(parseRange('bytes=900-', 1000)).toEqual({ kind: 'partial', start: 900, end: 999 })
    expect(parseRange('bytes=-100', 1000)).toEqual({ kind: 'partial', start: 900, end: 999 })
    expect(parseRange('bytes=-5000', 1000)).toEqual({ kind: 'partial', start: 0, end: 999 })
    expect(parseRange('bytes=10-5000', 1000)).toEqual({ kind: 'partial', start: 10, end: 999 })
  })
  it('says unsatisfiable past the end, with bytes */size', () => {
    const r = parseRange('bytes=1000-', 1000)
    expect(r).toEqual({ kind: 'unsatisfiable' })
    expect(contentRange(r, 1000)).toBe('bytes */1000')
    expect(parseRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' })
  })
  it('ignores what it does not understand (whole file)', () => {
    expect(parseRange(undefined, 10)).toEqual({ kind: 'full' })
    expect(parseRange('items=0-1', 10)).toEqual({ kind: 'full' })
    expect(parseRange('bytes=0-1,3-4', 10)).toEqual({ kind: 'full' })
    expect(parseRange('bytes=5-2', 10)).toEqual({ kind: 'full' })
  })
  it('formats Content-Range', () => {
    expect(contentRange({ kind: 'partial', start: 0, end: 99 }, 1000)).toBe('bytes 0-99/1000')
  })
})
