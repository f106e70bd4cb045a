import { describe, expect, it } from 'vitest'
import { appendReason, uncheckedLine } from './reject-reason'
import { isTypingTarget, shortcutFor } from './shortcuts'

const el = (tagName: string, type?: string) => ({ tagName, type }) as unknown as EventTarget

describe('shortcutFor', () => {
  it('maps the keys (Latin and the same keys on a Russian layout)', () => {
    expect(shortcutFor({ key: 'a' })).toBe('approve')
    expect(shortcutFor({ key: 'R' })).toBe('reject')
    expect(shortcutFor({ key: 'о' })).toBe('next')
    expect(shortcutFor({ key: 'k' })).toBe('prev')
    expect(shortcutFor({ key: ' ' })).toBe('toggle-play')
    expect(shortcutFor({ key: '?' })).toBe('help')
    expect(shortcutFor({ key: 'x' })).toBeNull()
  })
  it('stays off while typing and for modifier chords', () => {
    expect(shortcutFor({ key: 'a', target: el('TEXTAREA') })).toBeNull()
    expect(shortcutFor({ key: 'a', target: el('INPUT', 'text') })).toBeNull()
    expect(shortcutFor({ key: 'a', target: el('INPUT', 'checkbox') })).toBe('approve')
    expect(shortcutFor({ key: 'a', ctrlKey: true })).toBeNull()
    expect(isTypingTarget(el('DIV'))).toBe(false)
  })
})

describe('reject reason', () => {
  it('appends lines without repeating one', () => {
    expect(appendReason('', 'Не виден госномер')).toBe('Не виден госномер')
    expect(appendReason('Не виден госномер', 'Не виден госномер')).toBe('Не виден госномер')
    expect(appendReason('Темно', 'Не виден VIN-код')).toBe('Темно\nНе виден VIN-код')
  })
  it('lists the unticked checklist items with their numbers', () => {
    expect(uncheckedLine('Не показано', ['Номер', 'VIN', 'Салон'], [true, false, false])).toBe(
      'Не показано: 2. VIN; 3. Салон',
    )
    expect(uncheckedLine('Не показано', ['Номер'], [true])).toBe('')
  })
})
