import 'server-only'
import type { Credentials } from '@/lib/forte/client'
import { getGeneralReports, getVehicleFilter, type ReportQuery } from '@/lib/forte/reports'
import { almatyToday, toVehicleRows, type VehicleRow } from './vehicle-rows'

export type VehicleList = {
  rows: VehicleRow[]
  typeTitles: Record<string, string>
  statuses: string[]
  ranges: string[]
}

/**
 * `/vehicles`: every vehicle of the view with its next deadline. The API's vehicle list carries no
 * dates, so the same view's reports (one more call, in parallel) supply them.
 */
export async function loadVehicleList(auth: Credentials, q: Omit<ReportQuery, 'vehicleGuid'>): Promise<VehicleList> {
  const [vehicles, reports] = await Promise.all([
    getVehicleFilter(auth, q),
    getGeneralReports(auth, { range: q.range }),
  ])
  const items = [...vehicles.reports.important, ...vehicles.reports.general]
  const open = reports.reports.important
  return {
    rows: toVehicleRows(items, open, almatyToday()),
    typeTitles: Object.fromEntries(
      Object.entries(vehicles.info.by_vehicle_type_code).map(([k, v]) => [k, v.vehicle_type_title]),
    ),
    statuses: Object.keys(vehicles.filter.status),
    ranges: Object.keys(vehicles.filter.date_range),
  }
}
