import type { CompanyRow } from '@/lib/forte/schemas/insights'
import { readParam, type SearchParams, toQuery } from '@/lib/search-params'

/** The company table's search and order as the URL holds them (`?q=&sort=&dir=`): the page and its CSV agree. */
const COMPANY_SORTS = ['company_name', 'biin', 'open_overdue', 'on_time_rate_90d', 'rejected_rate_90d'] as const
export type CompanySort = (typeof COMPANY_SORTS)[number]
export type CompaniesParams = { q: string; sort: CompanySort; dir: 'asc' | 'desc' }

const isSort = (v: string | undefined): v is CompanySort => COMPANY_SORTS.includes(v as CompanySort)

/** Names sort A→Z first; figures largest first (the most overdue on top, the API's own order). */
export const defaultDir = (sort: CompanySort): 'asc' | 'desc' =>
  sort === 'company_name' || sort === 'biin' ? 'asc' : 'desc'

export function parseCompaniesParams(sp: SearchParams | URLSearchParams): CompaniesParams {
  const raw = readParam(sp, 'sort')
  const sort = isSort(raw) ? raw : 'open_overdue'
  const dir = readParam(sp, 'dir')
  return {
    q: (readParam(sp, 'q') ?? '').slice(0, 100),
    sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : defaultDir(sort),
  }
}

export const companiesQuery = (p: CompaniesParams) =>
  toQuery({
    q: p.q,
    sort: p.sort === 'open_overdue' ? undefined : p.sort,
    dir: p.dir === defaultDir(p.sort) ? undefined : p.dir,
  })

/** The link of a column header: its own order, or the other direction when it is the order already. */
export function sortQuery(p: CompaniesParams, sort: CompanySort) {
  const dir = p.sort === sort ? (p.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort)
  return companiesQuery({ ...p, sort, dir })
}

/** Case-insensitive on the name, or the digits of a BIN/IIN. */
function filterCompanies(rows: readonly CompanyRow[], q: string): CompanyRow[] {
  const needle = q.trim().toLocaleLowerCase('ru')
  if (!needle) return [...rows]
  return rows.filter((r) => r.company_name.toLocaleLowerCase('ru').includes(needle) || r.biin.includes(needle))
}

/** Sorted by one column; a company without a rate (nothing due in 90 days) goes last either way; ties by name. */
function sortCompanies(rows: readonly CompanyRow[], sort: CompanySort, dir: 'asc' | 'desc'): CompanyRow[] {
  const sign = dir === 'asc' ? 1 : -1
  const byName = (a: CompanyRow, b: CompanyRow) => a.company_name.localeCompare(b.company_name, 'ru')
  return [...rows].sort((a, b) => {
    const x = a[sort]
    const y = b[sort]
    if (x === y) return byName(a, b)
    if (x === null) return 1
    if (y === null) return -1
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ru')
    return c === 0 ? byName(a, b) : sign * c
  })
}

/** The rows the table shows, in its order: the page and the CSV call this one function. */
export const companiesInView = (rows: readonly CompanyRow[], p: CompaniesParams) =>
  sortCompanies(filterCompanies(rows, p.q), p.sort, p.dir)
