import type { VehicleRow } from '@/lib/data/vehicle-rows'
import type { DateRange, StatusCode } from '@/lib/forte/schemas/common'
import { positiveIntParam, rangeParam, readParam, type SearchParams, statusParam, toQuery } from '@/lib/search-params'

/** `overdue`: most days overdue first; `due`: the nearest deadline first (vehicles with none last). */
const VEHICLE_SORTS = ['overdue', 'due'] as const
type VehicleSort = (typeof VEHICLE_SORTS)[number]
export const VEHICLES_PER_PAGE = 50

export type VehicleFilters = { status?: StatusCode; range?: DateRange }
export type VehicleListParams = VehicleFilters & { q?: string; sort?: VehicleSort; page: number }

/** `?status=1..4&range=1w|1m|6m|1y` → filters; anything else means "no filter" (never an error page). */
export const parseVehicleFilters = (raw: SearchParams): VehicleFilters => ({
  status: statusParam(readParam(raw, 'status')),
  range: rangeParam(readParam(raw, 'range')),
})

/** The whole view: the API's filters plus `q` (plate or VIN), `sort` and `page`, all from the URL. */
export function parseVehicleListParams(raw: SearchParams): VehicleListParams {
  const sort = readParam(raw, 'sort')
  return {
    ...parseVehicleFilters(raw),
    q: readParam(raw, 'q')?.trim().slice(0, 100) || undefined,
    sort: VEHICLE_SORTS.find((s) => s === sort),
    page: positiveIntParam(readParam(raw, 'page')),
  }
}

export const vehicleListQuery = (p: Partial<VehicleListParams>) =>
  toQuery({ status: p.status, range: p.range, q: p.q, sort: p.sort, page: p.page && p.page > 1 ? p.page : undefined })

const squash = (s: string) => s.toLocaleLowerCase('ru').replace(/\s+/g, '')

const BY: Record<VehicleSort, (a: VehicleRow, b: VehicleRow) => number> = {
  overdue: (a, b) => b.days_overdue - a.days_overdue || BY.due(a, b),
  due: (a, b) => (a.next_due || '9999').localeCompare(b.next_due || '9999'),
}

/** Search (plate or VIN, case- and space-insensitive), sort, then the page: `{rows, total, page, pages}`. */
export function vehiclePage(all: VehicleRow[], p: VehicleListParams) {
  const needle = p.q ? squash(p.q) : ''
  const found = needle
    ? all.filter((r) => squash(r.plate_number).includes(needle) || squash(r.vin_code).includes(needle))
    : all
  const sorted = p.sort ? [...found].sort(BY[p.sort]) : found
  const pages = Math.max(1, Math.ceil(sorted.length / VEHICLES_PER_PAGE))
  const page = Math.min(p.page, pages)
  return {
    rows: sorted.slice((page - 1) * VEHICLES_PER_PAGE, page * VEHICLES_PER_PAGE),
    total: sorted.length,
    page,
    pages,
  }
}
