import { dateRangeSchema, type DateRange, type StatusCode } from '@/lib/forte/schemas/common'
import { firstParam as first, type SearchParams } from '@/lib/search-params'

export type VehicleFilters = { status?: StatusCode; range?: DateRange }

/** `?status=1..4&range=1w|1m|6m|1y` → filters; anything else means "no filter" (never an error page). */
export function parseVehicleFilters(raw: SearchParams): VehicleFilters {
  const status = Number(first(raw.status))
  const range = dateRangeSchema.safeParse(first(raw.range))
  return {
    status: [1, 2, 3, 4].includes(status) ? (status as StatusCode) : undefined,
    range: range.success ? range.data : undefined,
  }
}

/** The URL query for filters (keys omitted when unset), for links and router.replace. */
export function vehicleFiltersQuery(f: VehicleFilters): string {
  const q = new URLSearchParams()
  if (f.status) q.set('status', String(f.status))
  if (f.range) q.set('range', f.range)
  const s = q.toString()
  return s ? `?${s}` : ''
}
