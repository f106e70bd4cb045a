import { describe, expect, it } from 'vitest'
import { MAX_STICKERS } from '@/lib/forte/codes'
import { LAYOUTS, paginate, perPage, startLabel, stickerCount } from './layouts'

describe('sticker layouts', () => {
  it('fit on their page', () => {
    for (const l of Object.values(LAYOUTS)) {
      expect(l.cols * l.width).toBeLessThanOrEqual(l.pageWidth)
      expect(l.top + l.rows * l.height).toBeLessThanOrEqual(l.pageHeight)
    }
  })
  it('3×8 fills the A4 width exactly', () => {
    expect(LAYOUTS['a4-3x8'].cols * LAYOUTS['a4-3x8'].width).toBe(210)
    expect(perPage(LAYOUTS['a4-3x8'])).toBe(24)
  })
})

describe('paginate', () => {
  it('cuts into pages of the layout size', () => {
    const pages = paginate(
      Array.from({ length: 12 }, (_, i) => i),
      LAYOUTS['a4-2x5'],
    )
    expect(pages.map((p) => p.length)).toEqual([10, 2])
  })
  it('repeats each item `copies` times, copies kept together', () => {
    const pages = paginate(['a', 'b'], LAYOUTS['a4-2x5'], 6)
    expect(pages).toEqual([
      ['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'],
      ['b', 'b'],
    ])
  })
  it('one label per page', () => {
    expect(paginate([1, 2, 3], LAYOUTS['label-100x60']).length).toBe(3)
  })
  it('caps the total', () => {
    const pages = paginate(
      Array.from({ length: 100 }, (_, i) => i),
      LAYOUTS['a4-3x8'],
      24,
    )
    expect(pages.flat().length).toBe(MAX_STICKERS)
  })
  it('empty input gives no pages', () => {
    expect(paginate([], LAYOUTS['a4-3x8'])).toEqual([])
    expect(paginate([], LAYOUTS['a4-3x8'], 1, 5)).toEqual([])
  })
  it('starts at label N of a part-used sheet: N-1 empty cells first, then the stickers', () => {
    const pages = paginate(
      Array.from({ length: 195 }, (_, i) => i),
      LAYOUTS['a4-3x8'],
      1,
      5,
    )
    expect(pages[0]!.slice(0, 5)).toEqual([null, null, null, null, 0])
    expect(pages.map((p) => p.length)).toEqual([24, 24, 24, 24, 24, 24, 24, 24, 7])
    expect(stickerCount(pages)).toBe(195)
  })
  it('keeps the start within one sheet', () => {
    expect(startLabel(LAYOUTS['a4-3x8'], 24)).toBe(24)
    expect(startLabel(LAYOUTS['a4-3x8'], 25)).toBe(1)
    expect(startLabel(LAYOUTS['a4-2x5'], 0)).toBe(1)
    expect(startLabel(LAYOUTS['label-100x60'], 3)).toBe(1)
    expect(paginate(['a'], LAYOUTS['label-100x60'], 1, 3)).toEqual([['a']])
  })
})
