import { describe, expect, it } from 'vitest'
import {
  EMPTY_SELECTION,
  isSelected,
  readSelection,
  selectedCount,
  selectionKey,
  selectionParams,
  type Selection,
  setSelected,
} from './selection'

describe('sticker selection', () => {
  it('keeps ticks of earlier pages when a later page is ticked', () => {
    const page1 = setSelected(EMPTY_SELECTION, ['a', 'b'], true)
    const both = setSelected(page1, ['c'], true)
    expect(selectedCount(both, 195)).toBe(3)
    expect(selectionParams(both)).toEqual([
      ['v', 'a'],
      ['v', 'b'],
      ['v', 'c'],
    ])
    const untick = setSelected(both, ['a'], false)
    expect(isSelected(untick, 'a')).toBe(false)
    expect(selectedCount(untick, 195)).toBe(2)
  })

  it('"all by filter" counts the whole filter and remembers the exceptions', () => {
    const all: Selection = { all: true, excluded: [] }
    expect(selectedCount(all, 195)).toBe(195)
    expect(isSelected(all, 'never-seen')).toBe(true)
    const less = setSelected(all, ['x1', 'x2'], false)
    expect(selectedCount(less, 195)).toBe(193)
    expect(selectionParams(less)).toEqual([
      ['all', '1'],
      ['x', 'x1'],
      ['x', 'x2'],
    ])
    expect(selectedCount(setSelected(less, ['x1'], true), 195)).toBe(194)
  })

  it('reads back what it stored, and nothing from garbage', () => {
    const s = setSelected({ all: true, excluded: [] }, ['q'], false)
    expect(readSelection(JSON.stringify(s))).toEqual(s)
    expect(readSelection(JSON.stringify({ all: false, ids: ['a', 3] }))).toEqual({ all: false, ids: ['a'] })
    for (const bad of [null, '', '{', '[]', '"x"', '{"all":"yes"}']) expect(readSelection(bad)).toEqual(EMPTY_SELECTION)
  })

  it('keys the choice by the filter, not the page', () => {
    expect(selectionKey({ biin: '1', q: '', sticker: 'none' })).not.toBe(
      selectionKey({ biin: '1', q: '', sticker: '' }),
    )
  })
})
