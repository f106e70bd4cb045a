import type { DateRange, StatusCode } from '@/lib/forte/schemas/common'
import { rangeParam, readParam, type SearchParams, statusParam } from '@/lib/search-params'

export type VehicleFilters = { status?: StatusCode; range?: DateRange }

/** `?status=1..4&range=1w|1m|6m|1y` → filters; anything else means "no filter" (never an error page). */
export const parseVehicleFilters = (raw: SearchParams): VehicleFilters => ({
  status: statusParam(readParam(raw, 'status')),
  range: rangeParam(readParam(raw, 'range')),
})
