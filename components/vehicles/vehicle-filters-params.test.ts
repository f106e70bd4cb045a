import { describe, expect, it } from 'vitest'
import type { VehicleRow } from '@/lib/data/vehicle-rows'
import {
  parseVehicleFilters,
  parseVehicleListParams,
  VEHICLES_PER_PAGE,
  vehicleListQuery,
  vehiclePage,
} from './vehicle-filters-params'

describe('parseVehicleFilters', () => {
  it('keeps valid status and range', () => {
    expect(parseVehicleFilters({ status: '4', range: '6m' })).toEqual({ status: 4, range: '6m' })
  })
  it('drops unknown values instead of failing', () => {
    expect(parseVehicleFilters({ status: '9', range: '2d' })).toEqual({ status: undefined, range: undefined })
    expect(parseVehicleFilters({ status: ['abc'], range: undefined })).toEqual({ status: undefined, range: undefined })
  })
  it('takes the first of repeated params', () => {
    expect(parseVehicleFilters({ status: ['2', '3'] })).toEqual({ status: 2, range: undefined })
  })
})

describe('the vehicles view: search, sort, pages', () => {
  const row = (i: number, next_due: string, days_overdue: number): VehicleRow => ({
    ref_key: `r${i}`,
    report_status_priority_title: '',
    report_status_priority_code: 1,
    status_expired_title: '',
    status_expired_bool: days_overdue > 0,
    vin_code: `XTC${String(i).padStart(14, '0')}`,
    plate_number: `${100 + i} AB02`,
    vehicle_guid: `g${i}`,
    vehicle_type_code: 't',
    next_due,
    days_overdue,
  })
  // 120 vehicles; every third has no open report; the others end on day (i mod 28) + 1 of November.
  const all = Array.from({ length: 120 }, (_, i) =>
    i % 3 === 0 ? row(i, '', 0) : row(i, `2026-11-${String((i % 28) + 1).padStart(2, '0')}`, 29 - ((i % 28) + 1)),
  )

  it('reads its URL safely and writes it back', () => {
    const p = parseVehicleListParams({ q: '  264 le ', sort: 'overdue', page: '3', status: '1' })
    expect(p).toEqual({ status: 1, range: undefined, q: '264 le', sort: 'overdue', page: 3 })
    expect(parseVehicleListParams({ sort: 'drop table', page: '-1' })).toMatchObject({ sort: undefined, page: 1 })
    expect(vehicleListQuery(p)).toBe('?status=1&q=264+le&sort=overdue&page=3')
    expect(vehicleListQuery({ ...p, page: 1 })).toBe('?status=1&q=264+le&sort=overdue')
  })
  it('pages with a total, and a page past the end shows the last one', () => {
    const first = vehiclePage(all, { page: 1 })
    expect(first).toMatchObject({ total: 120, page: 1, pages: 3 })
    expect(first.rows).toHaveLength(VEHICLES_PER_PAGE)
    const last = vehiclePage(all, { page: 99 })
    expect(last).toMatchObject({ page: 3 })
    expect(last.rows).toHaveLength(120 - 2 * VEHICLES_PER_PAGE)
    // every vehicle exactly once over the pages
    const seen = [1, 2, 3].flatMap((page) => vehiclePage(all, { page }).rows.map((r) => r.vehicle_guid))
    expect(new Set(seen).size).toBe(120)
  })
  it('searches plate and VIN, ignoring case and spaces', () => {
    expect(vehiclePage(all, { page: 1, q: '1 05ab' }).rows.map((r) => r.vehicle_guid)).toEqual(['g5'])
    expect(vehiclePage(all, { page: 1, q: 'xtc00000000000007' }).rows.map((r) => r.vehicle_guid)).toEqual(['g7'])
    expect(vehiclePage(all, { page: 1, q: 'nothing' })).toMatchObject({ total: 0, page: 1, pages: 1 })
  })
  it('sorts by days overdue (most first) and by next due date (nearest first, none last)', () => {
    const overdue = vehiclePage(all, { page: 1, sort: 'overdue' }).rows.map((r) => r.days_overdue)
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a))
    expect(overdue[0]).toBe(28)
    const every = [1, 2, 3].flatMap((page) => vehiclePage(all, { page, sort: 'due' }).rows.map((r) => r.next_due))
    const dated = every.filter(Boolean)
    expect(dated).toEqual([...dated].sort())
    expect(every.slice(dated.length).every((d) => d === '')).toBe(true)
  })
})
