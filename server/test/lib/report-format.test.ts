import { describe, expect, it } from 'vitest'
import { addMonths, localIso, todayYmd } from '../../src/lib/dates.js'
import {
  datetimeOf,
  filterBlock,
  instructionsMap,
  overdueOf,
  rangeStart,
  renderDateRu,
  splitReports,
} from '../../src/lib/report-format.js'

describe('report formatting', () => {
  it('renders Russian dates with the month in the genitive', () => {
    expect(renderDateRu('2022-03-03')).toBe('03 марта 2022')
    expect(renderDateRu('2022-05-13')).toBe('13 мая 2022')
    expect(renderDateRu('2022-12-31')).toBe('31 декабря 2022')
    expect(datetimeOf('2022-03-10')).toBe('2022-03-10T00:00:00')
  })

  it('marks only statuses 1 and 4 past their finish day as overdue', () => {
    expect(overdueOf(1, '2022-03-07', '2022-03-10')).toEqual({
      status_expired_bool: true,
      status_expired_title: 'Просрочен на 3 дн.',
    })
    expect(overdueOf(4, '2022-03-09', '2022-03-10').status_expired_bool).toBe(true)
    // Titles are remembered per finish day and today: the next day counts one more.
    expect(overdueOf(1, '2022-03-07', '2022-03-11').status_expired_title).toBe('Просрочен на 4 дн.')
    expect(overdueOf(4, '2022-03-07', '2022-03-10').status_expired_title).toBe('Просрочен на 3 дн.')
    expect(overdueOf(1, '2022-03-10', '2022-03-10')).toEqual({ status_expired_bool: false, status_expired_title: '' })
    expect(overdueOf(2, '2022-01-01', '2022-03-10')).toEqual({ status_expired_bool: false, status_expired_title: '' })
    expect(overdueOf(3, '2022-01-01', '2022-03-10').status_expired_bool).toBe(false)
  })

  it('computes range starts as calendar offsets from today', () => {
    expect(rangeStart('1w', '2022-03-10')).toBe('2022-03-03')
    expect(rangeStart('1m', '2022-03-31')).toBe('2022-02-28')
    expect(rangeStart('6m', '2022-03-10')).toBe('2021-09-10')
    expect(rangeStart('1y', '2024-02-29')).toBe('2023-02-28')
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28')
  })

  it('uses Almaty time (UTC+5) for today and local ISO', () => {
    expect(todayYmd(new Date('2025-03-09T19:30:00Z'))).toBe('2025-03-10')
    expect(localIso(new Date('2025-03-09T19:30:00Z'))).toBe('2025-03-10T00:30:00')
  })

  it('splits important (1, 4) from general (2, 3)', () => {
    const { important, general } = splitReports([1, 2, 3, 4].map((status_code) => ({ status_code })))
    expect(important.map((r) => r.status_code)).toEqual([1, 4])
    expect(general.map((r) => r.status_code)).toEqual([2, 3])
  })

  it('numbers instructions from 1 and gives [] for none', () => {
    expect(instructionsMap('["a","b"]')).toEqual({ 1: 'a', 2: 'b' })
    expect(instructionsMap('[]')).toEqual([])
  })

  it('groups filter vehicles by type, plate numbers only for an employee', () => {
    const vehicles = [
      { guid: 'g1', plate_number: 'A', vehicle_type_code: 't1' },
      { guid: 'g2', plate_number: 'B', vehicle_type_code: 't1' },
    ]
    expect(filterBlock(vehicles, 1).vehicle_type).toEqual([
      {
        ref_key: 't1',
        vehicles: [
          { vehicle_guid: 'g1', plate_number: 'A' },
          { vehicle_guid: 'g2', plate_number: 'B' },
        ],
      },
    ])
    expect(filterBlock(vehicles, 2).vehicle_type).toEqual([{ ref_key: 't1', plate_numbers: ['A', 'B'] }])
  })
})
