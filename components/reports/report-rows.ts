import type { ReportFilter, ReportItem } from '@/lib/forte/schemas/common'
import type { ReportParams } from './report-params'

/** What a dashboard row needs: the API item trimmed, so 10,000 rows stay a small payload. */
export type ReportRow = {
  ref_key: string
  report_number: string
  contract_number: string
  plate_number: string
  vin_code: string
  status_code: number
  status_title: string
  expired: string
  date_start: string
  date_finish: string
  date_start_render: string
  date_finish_render: string
  type_title: string
}

export const toReportRow = (r: ReportItem, typeTitles: Record<string, string>): ReportRow => ({
  ref_key: r.ref_key,
  report_number: r.report_number,
  contract_number: r.contract_number ?? '',
  plate_number: r.plate_number ?? '',
  vin_code: r.vin_code ?? '',
  status_code: r.status_code,
  status_title: r.status_title,
  expired: r.status_expired_bool ? r.status_expired_title : '',
  date_start: r.date_start_datetime,
  date_finish: r.date_finish_datetime,
  date_start_render: r.date_start_render,
  date_finish_render: r.date_finish_render,
  type_title: typeTitles[r.vehicle_type_code] ?? '',
})

export type ReportRows = { important: ReportRow[]; general: ReportRow[] }

/** The vehicle select: directors get guids (the API filters), employees only plates (we filter). */
export type VehicleOption = { value: string; label: string; byGuid: boolean }

export function vehicleOptions(filter: ReportFilter, typeTitles: Record<string, string>): VehicleOption[] {
  const out: VehicleOption[] = []
  for (const t of filter.vehicle_type ?? []) {
    const type = typeTitles[t.ref_key] ?? ''
    for (const v of t.vehicles ?? [])
      out.push({
        value: v.vehicle_guid,
        label: `${v.plate_number || 'без номера'}${type ? ` · ${type}` : ''}`,
        byGuid: true,
      })
    for (const p of t.plate_numbers ?? [])
      if (p) out.push({ value: p, label: `${p}${type ? ` · ${type}` : ''}`, byGuid: false })
  }
  return out
}

/** Free text over report number, contract, plate and VIN (case- and space-insensitive). */
export function matchesQuery(r: ReportRow, q: string | undefined): boolean {
  if (!q) return true
  const needle = q.toLocaleLowerCase('ru').replace(/\s+/g, '')
  return [r.report_number, r.contract_number, r.plate_number, r.vin_code].some((f) =>
    f.toLocaleLowerCase('ru').replace(/\s+/g, '').includes(needle),
  )
}

/** The filters the API does not apply: status, a plate (employees), the text search. */
export function applyLocalFilters(rows: ReportRow[], p: ReportParams, plateFilter: string | undefined): ReportRow[] {
  return rows.filter(
    (r) =>
      (!p.status || r.status_code === p.status) &&
      (!plateFilter || r.plate_number === plateFilter) &&
      matchesQuery(r, p.q),
  )
}

export type ReportCounts = { due: number; overdue: number; rejected: number; sent: number; approved: number }

/** The counters above the tables (overdue is a subset of due and rejected). */
export function countReports(rows: Iterable<ReportRow>): ReportCounts {
  const c: ReportCounts = { due: 0, overdue: 0, rejected: 0, sent: 0, approved: 0 }
  for (const r of rows) {
    if (r.expired) c.overdue++
    if (r.status_code === 1) c.due++
    else if (r.status_code === 2) c.sent++
    else if (r.status_code === 3) c.approved++
    else if (r.status_code === 4) c.rejected++
  }
  return c
}
