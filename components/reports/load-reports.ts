import 'server-only'
import type { Credentials } from '@/lib/forte/client'
import { getGeneralReports } from '@/lib/forte/reports'
import type { ReportParams } from './report-params'
import { type ReportRows, toReportRow, type VehicleOption, vehicleOptions } from './report-rows'

export type DashboardData = {
  rows: ReportRows
  vehicles: VehicleOption[]
  statuses: { value: string; label: string }[]
  ranges: { value: string; label: string }[]
}

/**
 * The dashboard's data for a view. Period and (a director's) vehicle go to the API; status, an
 * employee's plate and the text search are applied in the browser, so the counters show every status.
 * A `vehicle` that is not one of the director's guids is taken as a plate number.
 */
export async function loadDashboard(
  auth: Credentials,
  p: ReportParams,
  knownGuids?: Set<string>,
): Promise<DashboardData> {
  const guid =
    p.vehicle && (!knownGuids || knownGuids.has(p.vehicle)) && /^[0-9a-f-]{36}$/i.test(p.vehicle)
      ? p.vehicle
      : undefined
  const data = await getGeneralReports(auth, { range: p.range, vehicleGuid: guid })
  const typeTitles = Object.fromEntries(
    Object.entries(data.info.by_vehicle_type_code).map(([k, v]) => [k, v.vehicle_type_title]),
  )
  const options = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }))
  return {
    rows: {
      important: data.reports.important.map((r) => toReportRow(r, typeTitles)),
      general: data.reports.general.map((r) => toReportRow(r, typeTitles)),
    },
    vehicles: vehicleOptions(data.filter, typeTitles),
    statuses: options(data.filter.status),
    ranges: options(data.filter.date_range),
  }
}
