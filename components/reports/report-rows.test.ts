import { describe, expect, it } from 'vitest'
import { parseReportParams, reportParamsQuery } from './report-params'
import type { ReportRow } from '@/lib/data/dashboard'
import { applyLocalFilters, countReports, inStatus } from './report-rows'

const row = (over: Partial<ReportRow>): ReportRow => ({
  ref_key: 'k',
  report_number: '000001',
  contract_number: '№36/20 (ДЛ)',
  plate_number: '264LE02',
  vin_code: 'X2FXXXESGXKM42757',
  status_code: 1,
  expired: '',
  reject_reason: '',
  date_start: '',
  date_finish: '',
  date_start_render: '',
  date_finish_render: '',
  type_title: '',
  ...over,
})

describe('report params', () => {
  it('keeps known values and drops the rest, round-trips through the query', () => {
    const p = parseReportParams({ status: '4', range: '1m', vehicle: 'abc', q: ' 264 ', junk: 'x' })
    expect(p).toEqual({ status: 4, range: '1m', vehicle: 'abc', q: '264' })
    expect(parseReportParams(new URLSearchParams(reportParamsQuery(p)))).toEqual(p)
    expect(parseReportParams({ status: 'overdue' }).status).toBe('overdue')
    expect(reportParamsQuery({ status: 'overdue' })).toBe('?status=overdue')
    expect(parseReportParams({ status: '9', range: '2y' })).toEqual({
      status: undefined,
      range: undefined,
      vehicle: undefined,
      q: undefined,
    })
  })
})

describe('local filters and counters', () => {
  const rows = [
    row({ ref_key: 'a', status_code: 1, expired: 'Просрочен на 3 дн.' }),
    row({
      ref_key: 'b',
      status_code: 2,
      plate_number: '286YE02',
      vin_code: 'MXC1PABD0KK018831',
      report_number: '000777',
    }),
    row({ ref_key: 'c', status_code: 4, expired: 'Просрочен на 1 дн.' }),
    row({ ref_key: 'd', status_code: 3, contract_number: '№27-5/19 (ДФЛ)' }),
  ]
  it('searches number, contract, plate and VIN case-insensitively', () => {
    expect(applyLocalFilters(rows, { q: '777' }, undefined).map((r) => r.ref_key)).toEqual(['b'])
    expect(applyLocalFilters(rows, { q: 'mxc1' }, undefined).map((r) => r.ref_key)).toEqual(['b'])
    expect(applyLocalFilters(rows, { q: '27-5/19' }, undefined).map((r) => r.ref_key)).toEqual(['d'])
    expect(applyLocalFilters(rows, { status: 4 }, undefined).map((r) => r.ref_key)).toEqual(['c'])
    expect(applyLocalFilters(rows, { status: 'overdue' }, undefined).map((r) => r.ref_key)).toEqual(['a', 'c'])
    expect(applyLocalFilters(rows, {}, '286YE02').map((r) => r.ref_key)).toEqual(['b'])
  })
  it('counts each status and the overdue ones, as many as the overdue filter shows', () => {
    expect(countReports(rows)).toEqual({ due: 1, overdue: 2, rejected: 1, sent: 1, approved: 1 })
    expect(countReports(rows).overdue).toBe(rows.filter((r) => inStatus(r, 'overdue')).length)
  })
})
