import 'server-only'
import type { Credentials } from '@/lib/forte/client'
import { getGeneralReports } from '@/lib/forte/reports'
import type { DateRange, ReportFilter, ReportItem } from '@/lib/forte/schemas/common'

/** What a dashboard row needs: the API item trimmed, so 10,000 rows stay a small payload. */
export type ReportRow = {
  ref_key: string
  report_number: string
  contract_number: string
  plate_number: string
  vin_code: string
  status_code: number
  expired: string
  /** The current rejection's reason: '' unless the report is rejected (a new video makes it history). */
  reject_reason: string
  date_start: string
  date_finish: string
  date_start_render: string
  date_finish_render: string
  type_title: string
}
export type ReportRows = { important: ReportRow[]; general: ReportRow[] }

/** The vehicle select: directors get guids (the API filters), employees only plates (the browser filters). */
type VehicleOption = { value: string; plate: string; type: string; byGuid: boolean }

/** The rows of a view, the vehicles to pick from, and the status and period codes the API offers. */
export type DashboardData = { rows: ReportRows; vehicles: VehicleOption[]; statuses: string[]; ranges: string[] }

/** What the API filters by: the period, and a director's vehicle (a guid; anything else is taken as a plate). */
export type DashboardQuery = { range?: DateRange; vehicle?: string }

const toReportRow = (r: ReportItem, typeTitles: Record<string, string>): ReportRow => ({
  ref_key: r.ref_key,
  report_number: r.report_number,
  contract_number: r.contract_number ?? '',
  plate_number: r.plate_number ?? '',
  vin_code: r.vin_code ?? '',
  status_code: r.status_code,
  expired: r.status_expired_bool ? r.status_expired_title : '',
  reject_reason: r.status_code === 4 ? r.reject_reason : '',
  date_start: r.date_start_datetime,
  date_finish: r.date_finish_datetime,
  date_start_render: r.date_start_render,
  date_finish_render: r.date_finish_render,
  type_title: typeTitles[r.vehicle_type_code] ?? '',
})

function vehicleOptions(filter: ReportFilter, typeTitles: Record<string, string>): VehicleOption[] {
  const out: VehicleOption[] = []
  for (const t of filter.vehicle_type ?? []) {
    const type = typeTitles[t.ref_key] ?? ''
    for (const v of t.vehicles ?? []) out.push({ value: v.vehicle_guid, plate: v.plate_number, type, byGuid: true })
    for (const p of t.plate_numbers ?? []) if (p) out.push({ value: p, plate: p, type, byGuid: false })
  }
  return out
}

/**
 * The dashboard's data for a view. Period and (a director's) vehicle go to the API; status, an
 * employee's plate and the text search are applied in the browser, so the counters show every status.
 */
export async function loadDashboard(auth: Credentials, q: DashboardQuery): Promise<DashboardData> {
  const guid = q.vehicle && /^[0-9a-f-]{36}$/i.test(q.vehicle) ? q.vehicle : undefined
  const data = await getGeneralReports(auth, { range: q.range, vehicleGuid: guid })
  const typeTitles = Object.fromEntries(
    Object.entries(data.info.by_vehicle_type_code).map(([k, v]) => [k, v.vehicle_type_title]),
  )
  return {
    rows: {
      important: data.reports.important.map((r) => toReportRow(r, typeTitles)),
      general: data.reports.general.map((r) => toReportRow(r, typeTitles)),
    },
    vehicles: vehicleOptions(data.filter, typeTitles),
    statuses: Object.keys(data.filter.status),
    ranges: Object.keys(data.filter.date_range),
  }
}
