import type { StaffReportQuery } from '@/lib/forte/review'
import type { StatusCode } from '@/lib/forte/schemas/common'
import { positiveIntParam, readParam, type SearchParams, statusParam, toQuery } from '@/lib/search-params'

/** The "Все отчёты" filters as the URL holds them: the URL is the source of truth. */
export type AllReportsParams = {
  status: '' | StatusCode
  /** A company's BIN/IIN (exact; anything else is no filter). */
  biin: string
  /** A report number, plate, VIN or company name. */
  q: string
  /** One vehicle (from a link). */
  vehicle: string
  /** '' anyone, 'me', or a reviewer's login. */
  decidedBy: string
  decidedFrom: string
  decidedTo: string
  page: number
}

export const ALL_PAGE_SIZE = 50

const ymd = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : '')
const login = (v: string | undefined) => (v && /^[\w.@-]{1,100}$/.test(v) ? v : '')

export function parseAllParams(sp: SearchParams): AllReportsParams {
  return {
    status: statusParam(readParam(sp, 'status')) ?? '',
    biin: /^\d{12}$/.test(readParam(sp, 'biin') ?? '') ? readParam(sp, 'biin')! : '',
    q: (readParam(sp, 'q') ?? '').slice(0, 100),
    vehicle: (readParam(sp, 'vehicle') ?? '').slice(0, 64),
    decidedBy: login(readParam(sp, 'decided_by')),
    decidedFrom: ymd(readParam(sp, 'decided_from')),
    decidedTo: ymd(readParam(sp, 'decided_to')),
    page: positiveIntParam(readParam(sp, 'page')),
  }
}

/** The API's query: every report of any status, newest first. */
export function allApiQuery(p: AllReportsParams): StaffReportQuery {
  return {
    status_code: p.status || undefined,
    biin: p.biin || undefined,
    q: p.q || undefined,
    vehicle_guid: p.vehicle || undefined,
    decided_by: p.decidedBy || undefined,
    decided_from: p.decidedFrom || undefined,
    decided_to: p.decidedTo || undefined,
    order: 'newest',
    page: p.page,
    per_page: ALL_PAGE_SIZE,
  }
}

/** The page's own query (no page number), for links that keep the filters. */
export const allQuery = (p: AllReportsParams, page?: number) =>
  toQuery({
    status: p.status,
    biin: p.biin,
    q: p.q,
    vehicle: p.vehicle,
    decided_by: p.decidedBy,
    decided_from: p.decidedFrom,
    decided_to: p.decidedTo,
    page: page && page > 1 ? page : undefined,
  })
