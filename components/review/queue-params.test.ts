import { describe, expect, it } from 'vitest'
import { filtersQuery, neighbours, parseQueueParams, queueApiQuery } from './queue-params'

describe('parseQueueParams', () => {
  it('reads the filters and drops what is not valid', () => {
    expect(parseQueueParams({ company: ' Alpha ', type: 'b71e', range: '1m', page: '3' })).toEqual({
      company: 'Alpha',
      type: 'b71e',
      range: '1m',
      signals: '',
      sort: '',
      page: 3,
    })
    expect(parseQueueParams({ range: '2y', page: '-1', sort: 'x' })).toEqual({
      company: '',
      type: '',
      range: '',
      signals: '',
      sort: '',
      page: 1,
    })
    expect(parseQueueParams({ sort: 'newest' }).sort).toBe('newest')
    expect(parseQueueParams({ company: ['a', 'b'], page: 'x' }).company).toBe('a')
  })
})

describe('queueApiQuery', () => {
  it('asks for sent reports, longest waiting first; a 12-digit company is a BIN, other text a name search', () => {
    expect(queueApiQuery(parseQueueParams({ sort: 'newest' })).order).toBe('newest')
    const byBin = queueApiQuery(parseQueueParams({ company: '200940026146' }))
    expect(byBin).toMatchObject({
      status_code: 2,
      order: 'waiting_longest',
      biin: '200940026146',
      q: undefined,
      page: 1,
    })
    const byName = queueApiQuery(parseQueueParams({ company: 'Сагинтаев', range: '1w', type: 't' }))
    expect(byName).toMatchObject({ biin: undefined, q: 'Сагинтаев', date_range: '1w', vehicle_type: 't' })
  })
})

describe('the signals filter', () => {
  it('takes any, none or a signal code to the API and keeps it in the links; anything else is no filter', () => {
    expect(queueApiQuery(parseQueueParams({ signals: 'any' })).signals).toBe('any')
    expect(queueApiQuery(parseQueueParams({ signals: 'duplicate_video' })).signals).toBe('duplicate_video')
    expect(queueApiQuery(parseQueueParams({ signals: 'faked' })).signals).toBeUndefined()
    expect(filtersQuery(parseQueueParams({ signals: 'none', page: '2' }))).toBe('?signals=none')
  })
})

describe('filtersQuery', () => {
  it('keeps only the set filters', () => {
    expect(filtersQuery({ company: '', type: '', range: '', sort: '' })).toBe('')
    expect(filtersQuery({ company: 'ИП', type: '', range: '6m', sort: 'newest' })).toBe(
      '?company=%D0%98%D0%9F&range=6m&sort=newest',
    )
  })
})

describe('neighbours', () => {
  it('finds previous and next in the queue', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ index: 1, prev: 'a', next: 'c' })
    expect(neighbours(['a', 'b'], 'a')).toEqual({ index: 0, prev: undefined, next: 'b' })
    expect(neighbours(['a', 'b'], 'z')).toEqual({ index: -1, prev: undefined, next: 'a' })
  })
})
