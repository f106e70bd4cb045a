import { describe, expect, it } from 'vitest'
import { countOf } from './plural'

const stickers = { one: 'наклейка', few: 'наклейки', many: 'наклеек', other: 'наклейки' }

describe('plurals', () => {
  it('Russian: 1 наклейка, 2–4 наклейки, 5–20 наклеек, 21 наклейка again', () => {
    expect([1, 2, 4, 5, 11, 12, 20, 21, 22, 25, 101, 111].map((n) => countOf('ru', n, stickers))).toEqual([
      '1 наклейка',
      '2 наклейки',
      '4 наклейки',
      '5 наклеек',
      '11 наклеек',
      '12 наклеек',
      '20 наклеек',
      '21 наклейка',
      '22 наклейки',
      '25 наклеек',
      '101 наклейка',
      '111 наклеек',
    ])
  })
  it('English: one and the rest', () => {
    const forms = { one: 'sticker', other: 'stickers' }
    expect([0, 1, 2].map((n) => countOf('en', n, forms))).toEqual(['0 stickers', '1 sticker', '2 stickers'])
  })
})
