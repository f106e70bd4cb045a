import { describe, expect, it } from 'vitest'
import { stickersText } from './stickers-text'

describe('the print summary', () => {
  it('says «1 наклейка», «3 наклейки», «5 наклеек» (and 1 sticker, 2 stickers)', () => {
    const ru = stickersText('ru').summary
    expect([ru(1, 1), ru(3, 1), ru(5, 1), ru(24, 1)]).toEqual([
      '1 наклейка на 1 стр.',
      '3 наклейки на 1 стр.',
      '5 наклеек на 1 стр.',
      '24 наклейки на 1 стр.',
    ])
    expect(stickersText('en').summary(1, 1)).toBe('1 sticker on 1 page')
    expect(stickersText('en').summary(48, 2)).toBe('48 stickers on 2 pages')
  })
})
