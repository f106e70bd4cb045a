import { describe, expect, it } from 'vitest'
import { parseStickerParams, parseStickerSearch } from './sticker-params'

const noFilter = { biin: '', q: '', sticker: '' }

describe('parseStickerParams', () => {
  it('reads layout, repeated and comma-separated guids, copies, start', () => {
    expect(parseStickerParams({ layout: 'a4-2x5', v: ['a-1', 'b-2,c-3', 'a-1'], copies: '3', start: '4' })).toEqual({
      layout: 'a4-2x5',
      copies: 3,
      start: 4,
      filter: noFilter,
      pick: { all: false, guids: ['a-1', 'b-2', 'c-3'] },
    })
  })
  it('falls back to defaults', () => {
    expect(parseStickerParams({ layout: 'x', copies: '-2', start: 'abc' })).toEqual({
      layout: 'a4-3x8',
      copies: 1,
      start: 1,
      filter: noFilter,
      pick: { all: false, guids: [] },
    })
  })
  it('drops ids with odd characters, caps copies and keeps the start on the sheet', () => {
    const p = parseStickerParams({ v: ['ok', '../x', '<b>'], copies: '999', start: '99' })
    expect(p).toMatchObject({ copies: 24, start: 24, pick: { all: false, guids: ['ok'] } })
    expect(parseStickerParams({ layout: 'a4-2x5', start: '11' }).start).toBe(10)
  })
  it('all=1: every vehicle of the filter but the excluded ones; v is ignored', () => {
    expect(
      parseStickerParams({ all: '1', x: ['g-1', 'bad/'], v: 'g-2', biin: '200940026146', q: 'KZ', sticker: 'none' }),
    ).toMatchObject({
      filter: { biin: '200940026146', q: 'KZ', sticker: 'none' },
      pick: { all: true, excluded: ['g-1'] },
    })
    expect(parseStickerParams({ all: 'yes', sticker: 'old' })).toMatchObject({
      filter: noFilter,
      pick: { all: false, guids: [] },
    })
  })
})

describe('parseStickerSearch', () => {
  it('keeps digits of the BIN and trims the query', () => {
    expect(parseStickerSearch({ biin: ' 2009-4002 6146 ', q: '  264LE02 ', page: '2', sticker: 'none' })).toEqual({
      biin: '200940026146',
      q: '264LE02',
      sticker: 'none',
      page: 2,
    })
    expect(parseStickerSearch({})).toEqual({ ...noFilter, page: 1 })
  })
})
