import { describe, expect, it } from 'vitest'
import { appendReason, uncheckedLine } from './reject-reason'
import { isSendChord, isTypingTarget, shortcutFor, stepRate } from './shortcuts'
import { waitedFor } from './wait-time'

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

describe('waitedFor', () => {
  const now = new Date('2026-11-29T12:00:00.000Z')
  const ago = (min: number) => new Date(now.getTime() - min * 60_000).toISOString()
  it('says how long a report has waited, coarsely', () => {
    expect(waitedFor(ago(45), now, 'ru')).toBe('45 мин')
    expect(waitedFor(ago(5 * 60 + 10), now, 'ru')).toBe('5 ч 10 мин')
    expect(waitedFor(ago(3 * 1440 + 4 * 60 + 7), now, 'ru')).toBe('3 дн. 4 ч')
    expect(waitedFor(ago(377 * 1440), now, 'en')).toBe('1 y 12 d')
    expect(waitedFor(null, now, 'ru')).toBe('—')
  })
})

describe('the player and reason keys', () => {
  it('maps arrows, brackets (and the Russian layout), 1–6 and P; Ctrl+Enter is the send chord', () => {
    expect(shortcutFor({ key: 'ArrowLeft' })).toBe('seek-back')
    expect(shortcutFor({ key: 'ArrowRight' })).toBe('seek-forward')
    expect(shortcutFor({ key: '[' })).toBe('slower')
    expect(shortcutFor({ key: 'ъ' })).toBe('faster')
    expect(shortcutFor({ key: '3' })).toBe('reason-3')
    expect(shortcutFor({ key: '7' })).toBeNull()
    expect(shortcutFor({ key: 'з' })).toBe('previous-video')
    expect(shortcutFor({ key: '1', target: el('TEXTAREA') })).toBeNull()
    expect(isSendChord({ key: 'Enter', ctrlKey: true })).toBe(true)
    expect(isSendChord({ key: 'Enter' })).toBe(false)
  })
  it('steps the speed within the offered rates', () => {
    const rates = [0.5, 0.75, 1, 1.25, 1.5, 2]
    expect(stepRate(rates, 1, true)).toBe(1.25)
    expect(stepRate(rates, 1, false)).toBe(0.75)
    expect(stepRate(rates, 2, true)).toBe(2)
    expect(stepRate(rates, 0.5, false)).toBe(0.5)
  })
})
