import type { DateRange, StatusCode } from '@/lib/forte/schemas/common'
import { positiveIntParam, rangeParam, readParam, type SearchParams, statusParam, toQuery } from '@/lib/search-params'

/** A status code, or `overdue` (due or rejected, past its period: the API's `status_expired_bool`). */
export type StatusFilter = StatusCode | 'overdue'

/** The dashboard's view, all of it in the URL: `?status=1..4|overdue&range=1w|1m|6m|1y&vehicle=<guid or plate>&q=text`. */
export type ReportParams = { status?: StatusFilter; range?: DateRange; vehicle?: string; q?: string }
type Raw = SearchParams | URLSearchParams

/** Anything unknown means "no filter" (a hand-edited link never breaks the page). */
export function parseReportParams(raw: Raw): ReportParams {
  const vehicle = readParam(raw, 'vehicle')
  const status = readParam(raw, 'status')
  return {
    status: status === 'overdue' ? status : statusParam(status),
    range: rangeParam(readParam(raw, 'range')),
    vehicle: vehicle && vehicle.length <= 64 ? vehicle : undefined,
    q: readParam(raw, 'q')?.slice(0, 100),
  }
}

/** The query string of a view (keys omitted when unset, stable order); a new view starts on the first pages. */
export const reportParamsQuery = (p: ReportParams) =>
  toQuery({ status: p.status, range: p.range, vehicle: p.vehicle, q: p.q })

/** Each of the two tables keeps its own page in the URL: `?important_page=2&general_page=3`. */
export type ReportTable = 'important' | 'general'
export const tablePageKey = (table: ReportTable) => `${table}_page`
export const parseTablePage = (raw: Raw, table: ReportTable) => positiveIntParam(readParam(raw, tablePageKey(table)))
