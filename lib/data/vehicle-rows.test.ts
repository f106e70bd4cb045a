import { describe, expect, it } from 'vitest'
import type { ReportItem } from '@/lib/forte/schemas/common'
import type { VehiclePriorityItem } from '@/lib/forte/schemas/reports'
import { almatyToday, toVehicleRows } from './vehicle-rows'

const vehicle = (guid: string, vin: string, plate: string): VehiclePriorityItem => ({
  ref_key: `r-${guid}`,
  report_status_priority_title: 'Сдать Отчет',
  report_status_priority_code: 1,
  status_expired_title: '',
  status_expired_bool: false,
  vin_code: vin,
  plate_number: plate,
  vehicle_guid: guid,
  vehicle_type_code: 't',
})
const report = (over: Partial<ReportItem>): ReportItem => ({
  ref_key: 'k',
  report_number: '1',
  date_start_render: '',
  date_start_datetime: '2026-11-01T00:00:00',
  date_finish_render: '',
  date_finish_datetime: '2026-11-20T00:00:00',
  status_title: '',
  status_code: 1,
  status_expired_title: '',
  status_expired_bool: false,
  reject_reason: '',
  vehicle_type_code: 't',
  ...over,
})

describe('vehicle rows', () => {
  const vehicles = [vehicle('g1', 'VIN1', 'P1'), vehicle('g2', 'VIN2', 'P2'), vehicle('g3', 'VIN3', '')]
  it('takes the earliest open deadline of each vehicle and counts the days it is past (Almaty)', () => {
    const rows = toVehicleRows(
      vehicles,
      [
        report({ vehicle_guid: 'g1', date_finish_datetime: '2026-11-25T00:00:00' }),
        report({ vehicle_guid: 'g1', status_code: 4, date_finish_datetime: '2026-11-20T00:00:00' }),
        report({ vehicle_guid: 'g1', status_code: 2, date_finish_datetime: '2026-01-01T00:00:00' }), // sent: not open
        report({ vehicle_guid: 'g2', date_finish_datetime: '2026-12-05T00:00:00' }),
      ],
      '2026-11-29',
    )
    expect(rows.map((r) => [r.vehicle_guid, r.next_due, r.days_overdue])).toEqual([
      ['g1', '2026-11-20', 9],
      ['g2', '2026-12-05', 0],
      ['g3', '', 0],
    ])
  })
  it("matches an employee's reports (no guid) by VIN, then by plate", () => {
    const rows = toVehicleRows(
      vehicles,
      [report({ vin_code: 'VIN2', plate_number: 'P2' }), report({ plate_number: 'P1', vin_code: '' })],
      '2026-11-21',
    )
    expect(rows.map((r) => [r.next_due, r.days_overdue])).toEqual([
      ['2026-11-20', 1],
      ['2026-11-20', 1],
      ['', 0],
    ])
  })
  it("knows Almaty's date when UTC is still on the day before", () => {
    expect(almatyToday(new Date('2026-11-28T20:00:00Z'))).toBe('2026-11-29')
    expect(almatyToday(new Date('2026-11-28T18:59:00Z'))).toBe('2026-11-28')
  })
})
