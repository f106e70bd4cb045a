import { describe, expect, it } from 'vitest'
import { instantOf } from '@/lib/format/dates'
import { historyLines, latestDecision } from './history'

// The shapes `GET /1c/reports/{ref_key}` answers (server/src/schemas/review.ts).
const history = [
  {
    kind: 'submission',
    at: '2026-11-20T06:00:00.000Z',
    id: 1,
    time_sent: '2026-11-20 11:00:00',
    lat: 43.2,
    long: 76.9,
    size: 10,
    user_id: 153,
    user_name: 'Иван',
    user_role: 'Сотрудник',
  },
  {
    kind: 'decision',
    at: '2026-11-21T06:00:00.000Z',
    id: 1,
    status_code: 4,
    status_title: 'Отказано',
    reject_reason: 'Темно',
    reviewer_login: 'reviewer_2',
    reviewer_name: 'Айгерим Касымова',
  },
  {
    kind: 'submission',
    at: '2026-11-22T06:00:00.000Z',
    id: 2,
    time_sent: '2026-11-22 11:00:00',
    lat: 43.2,
    long: 76.9,
    size: 10,
    user_id: 10,
    user_name: 'Руслан Нурмуханов',
    user_role: 'Директор',
  },
] as const

describe('history', () => {
  it('reads who, when and what of every entry', () => {
    const lines = historyLines(history)
    expect(lines.map((l) => [l.kind, l.who])).toEqual([
      ['submission', 'Иван'],
      ['decision', 'Айгерим Касымова'],
      ['submission', 'Руслан Нурмуханов'],
    ])
    expect(lines[1]).toMatchObject({ statusCode: 4, reason: 'Темно', at: '2026-11-21T06:00:00.000Z' })
    expect(lines[0]?.role).toBe('Сотрудник')
    expect(latestDecision(lines)?.who).toBe('Айгерим Касымова')
  })
  it('an undone decision stays in the history, followed by its undo, and is no longer the latest decision', () => {
    const lines = historyLines([
      ...history,
      { ...history[1], at: '2026-11-23T06:00:00.000Z', status_code: 3, reject_reason: '', undone_at: 'x' },
      { kind: 'undo', at: '2026-11-23T06:00:10.000Z', status_code: 3, reviewer_name: 'Айгерим Касымова' },
    ])
    expect(lines.slice(-2).map((l) => [l.kind, l.statusCode, l.undone])).toEqual([
      ['decision', 3, true],
      ['undo', 3, undefined],
    ])
    expect(latestDecision(lines)).toMatchObject({ statusCode: 4, reason: 'Темно' })
  })
  it('reads UTC instants and Almaty wall times', () => {
    expect(instantOf('2026-11-21T06:00:00.000Z')?.toISOString()).toBe('2026-11-21T06:00:00.000Z')
    expect(instantOf('2026-11-20 11:00:00')?.toISOString()).toBe('2026-11-20T06:00:00.000Z')
    expect(instantOf('nonsense')).toBeUndefined()
  })
})
