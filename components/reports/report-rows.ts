import type { ReportRow } from '@/lib/data/dashboard'
import type { ReportParams, StatusFilter } from './report-params'

/** Free text over report number, contract, plate and VIN (case- and space-insensitive). */
function matchesQuery(r: ReportRow, q: string | undefined): boolean {
  if (!q) return true
  const needle = q.toLocaleLowerCase('ru').replace(/\s+/g, '')
  return [r.report_number, r.contract_number, r.plate_number, r.vin_code].some((f) =>
    f.toLocaleLowerCase('ru').replace(/\s+/g, '').includes(needle),
  )
}

/** Whether a row is in a status filter's view; `overdue` is the API's flag, whatever the status. */
export const inStatus = (r: ReportRow, status: StatusFilter | undefined) =>
  !status || (status === 'overdue' ? Boolean(r.expired) : r.status_code === status)

/** The filters the API does not apply: status, a plate (employees), the text search. */
export function applyLocalFilters(rows: ReportRow[], p: ReportParams, plateFilter: string | undefined): ReportRow[] {
  return rows.filter(
    (r) => inStatus(r, p.status) && (!plateFilter || r.plate_number === plateFilter) && matchesQuery(r, p.q),
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
