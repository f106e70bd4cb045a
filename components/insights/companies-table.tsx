import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table'
import type { CompanyRow } from '@/lib/forte/schemas/insights'
import type { Locale } from '@/lib/i18n/locale'
import { type CompaniesParams, type CompanySort, companiesQuery, defaultDir, sortQuery } from './companies-params'
import { percent } from './insights-format'
import { insightsText } from './insights-text'

type Props = { rows: CompanyRow[]; total: number; params: CompaniesParams; locale: Locale }

const NUMERIC: CompanySort[] = ['open_overdue', 'on_time_rate_90d', 'rejected_rate_90d']

/**
 * Every company with its overdue count and 90-day rates. Search and order live in the URL (a GET form,
 * header links): no JavaScript is needed, and the CSV link carries the same query, so it holds the same rows.
 */
export function CompaniesTable({ rows, total, params, locale }: Props) {
  const text = insightsText(locale).clients
  const pct = (r: number | null) => percent(locale, r)
  const header = (sort: CompanySort) => {
    const active = params.sort === sort
    const arrow = active ? (params.dir === 'asc' ? ' ↑' : ' ↓') : ''
    return (
      <TableHead
        key={sort}
        className={NUMERIC.includes(sort) ? 'text-right' : undefined}
        aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <Link
          href={`/clients${sortQuery(params, sort)}`}
          className="whitespace-nowrap underline-offset-2 hover:underline"
          aria-label={text.sortBy(text.cols[sort === 'company_name' ? 'company' : sort])}
          scroll={false}
        >
          {text.cols[sort === 'company_name' ? 'company' : sort]}
          {arrow}
        </Link>
      </TableHead>
    )
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" action="/clients" role="search" className="flex flex-wrap items-end gap-2">
          <div className="w-72 max-w-full space-y-1.5">
            <label htmlFor="company-q" className="block text-sm font-medium text-slate-800">
              {text.search}
            </label>
            <Input id="company-q" name="q" type="search" defaultValue={params.q} placeholder={text.searchPlaceholder} />
          </div>
          {params.sort !== 'open_overdue' ? <input type="hidden" name="sort" value={params.sort} /> : null}
          {params.dir !== defaultDir(params.sort) ? <input type="hidden" name="dir" value={params.dir} /> : null}
          <button type="submit" className={buttonClass('secondary')}>
            {text.find}
          </button>
          {params.q ? (
            <Link href={`/clients${companiesQuery({ ...params, q: '' })}`} className={buttonClass('ghost')}>
              {text.reset}
            </Link>
          ) : null}
        </form>
        <a
          href={`/clients/csv${companiesQuery(params)}`}
          download
          className={buttonClass('secondary', 'sm')}
          data-testid="clients-csv"
        >
          {text.exportCsv} ({rows.length})
        </a>
      </div>
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="clients-count">
        {text.count(rows.length, total)}
      </p>
      <Table caption={text.caption} testId="clients-table">
        <TableHeader>
          <tr>{(['company_name', 'biin', ...NUMERIC] as CompanySort[]).map(header)}</tr>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="px-4 py-8 text-center text-slate-700">
                {params.q ? text.emptySearch(params.q) : text.empty}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <TableRow key={r.biin} data-biin={r.biin}>
                <TableRowHead>
                  <Link
                    href={`/review?company=${r.biin}`}
                    className="text-brand underline-offset-2 hover:underline"
                    aria-label={text.openReports(r.company_name)}
                  >
                    {r.company_name}
                  </Link>
                </TableRowHead>
                <TableCell className="tabular-nums">{r.biin}</TableCell>
                <TableCell className="text-right tabular-nums">{r.open_overdue}</TableCell>
                <TableCell className="text-right tabular-nums">{pct(r.on_time_rate_90d)}</TableCell>
                <TableCell className="text-right tabular-nums">{pct(r.rejected_rate_90d)}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  )
}
