import { describe, expect, it } from 'vitest'
import { parseStickerParams, parseStickerSearch } from './sticker-params'

describe('parseStickerParams', () => {
  it('reads layout, repeated and comma-separated guids, copies', () => {
    expect(parseStickerParams({ layout: 'a4-2x5', v: ['a-1', 'b-2,c-3', 'a-1'], copies: '3' })).toEqual({
      layout: 'a4-2x5',
      guids: ['a-1', 'b-2', 'c-3'],
      copies: 3,
    })
  })
  it('falls back to defaults', () => {
    expect(parseStickerParams({ layout: 'x', copies: '-2' })).toEqual({ layout: 'a4-3x8', guids: [], copies: 1 })
  })
  it('drops ids with odd characters and caps copies', () => {
    expect(parseStickerParams({ v: ['ok', '../x', '<b>'], copies: '999' })).toEqual({
      layout: 'a4-3x8',
      guids: ['ok'],
      copies: 24,
    })
  })
})

describe('parseStickerSearch', () => {
  it('keeps digits of the BIN and trims the query', () => {
    expect(parseStickerSearch({ biin: ' 2009-4002 6146 ', q: '  264LE02 ', page: '2' })).toEqual({
      biin: '200940026146',
      q: '264LE02',
      page: 2,
    })
    expect(parseStickerSearch({})).toEqual({ biin: '', q: '', page: 1 })
  })
})
