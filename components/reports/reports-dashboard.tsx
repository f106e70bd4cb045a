'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useCallback, useMemo } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { Alert } from '@/components/ui/alert'
import type { DashboardData, ReportRow } from '@/lib/data/dashboard'
import { rangeOptions, statusOptions } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import { useReports } from '@/lib/swr/use-reports'
import { ExportCsvButton } from './export-csv-button'
import { reportColumns } from './report-columns'
import { ReportCounters } from './report-counters'
import { ReportFilters } from './report-filters'
import {
  parseReportParams,
  parseTablePage,
  type ReportParams,
  reportParamsQuery,
  type ReportTable,
  tablePageKey,
} from './report-params'
import { applyLocalFilters, countReports, inStatus } from './report-rows'
import { reportsText } from './reports-text'

type Props = { initial: { query: string; data: DashboardData; deferred: boolean }; locale: Locale }

const overdueRow = (r: ReportRow) => (r.expired ? 'bg-red-50/70' : undefined)

/** Writes the URL without a server round trip; Next keeps useSearchParams in step with the history API. */
const goTo = (url: string, mode: 'push' | 'replace') =>
  mode === 'push' ? window.history.pushState(null, '', url) : window.history.replaceState(null, '', url)

/**
 * The dashboard: counters, filters, the two tables. The URL is the only filter state; changes go
 * through the history API (Next syncs useSearchParams), so the server page is not re-run: the
 * rows come from SWR, which also refreshes them when the tab regains focus.
 */
export function ReportsDashboard({ initial, locale }: Props) {
  const text = reportsText(locale)
  const pathname = usePathname()
  const search = useSearchParams()
  const params = useMemo(() => parseReportParams(new URLSearchParams(search.toString())), [search])
  const {
    data: fetched,
    error,
    isValidating,
  } = useReports(reportParamsQuery({ range: params.range, vehicle: params.vehicle }), initial)

  const data = fetched ?? initial.data
  const loadingRows = !fetched && initial.deferred && !error

  // A filter changed: a new view, on the first pages of both tables.
  const onChange = useCallback(
    (key: keyof ReportParams, value: string | undefined, mode: 'push' | 'replace') => {
      const current = parseReportParams(new URLSearchParams(window.location.search))
      // Only the query string is built from it (and parsed again on read), so the raw value will do.
      const next = { ...current, [key]: value } as ReportParams
      goTo(`${pathname}${reportParamsQuery(next)}`, mode)
    },
    [pathname],
  )
  const pageHref = (table: ReportTable) => (page: number) => {
    const q = new URLSearchParams(search.toString())
    if (page > 1) q.set(tablePageKey(table), String(page))
    else q.delete(tablePageKey(table))
    const s = q.toString()
    return s ? `${pathname}?${s}` : pathname
  }

  // An employee's "vehicle" is a plate (their filter has no guids): filter it here.
  const plate = data.vehicles.find((v) => v.value === params.vehicle && !v.byGuid)?.value
  const inView = useMemo(
    () => ({
      important: applyLocalFilters(data.rows.important, { q: params.q }, plate),
      general: applyLocalFilters(data.rows.general, { q: params.q }, plate),
    }),
    [data, params.q, plate],
  )
  const counts = useMemo(() => countReports([...inView.important, ...inView.general]), [inView])
  const shown = useMemo(
    () => ({
      important: inView.important.filter((r) => inStatus(r, params.status)),
      general: inView.general.filter((r) => inStatus(r, params.status)),
    }),
    [inView, params.status],
  )
  const columns = useMemo(() => reportColumns(text, locale), [text, locale])
  const vehicles = data.vehicles.map((v) => ({
    value: v.value,
    label: `${v.plate || text.noPlate}${v.type ? ` · ${v.type}` : ''}`,
  }))
  const total = data.rows.important.length + data.rows.general.length

  const table = (key: ReportTable) => (
    <section aria-labelledby={`reports-${key}`} className="space-y-2">
      <h2 id={`reports-${key}`} className="text-lg font-semibold text-slate-900">
        {text[key]}{' '}
        <span className="text-sm font-normal text-slate-600" data-testid={`total-${key}`}>
          ({shown[key].length})
        </span>
      </h2>
      <DataTable
        columns={columns}
        data={shown[key]}
        caption={text[key]}
        getRowId={(r) => r.ref_key}
        empty={loadingRows ? text.loading : total ? text.empty : text.emptyAll}
        rowClassName={overdueRow}
        page={parseTablePage(search, key)}
        pageHref={pageHref(key)}
        onNavigate={(url) => goTo(url, 'push')}
        testId={`table-${key}`}
      />
    </section>
  )

  return (
    <div className="space-y-6" aria-busy={isValidating}>
      <ReportCounters
        counts={counts}
        loading={loadingRows}
        active={params.status}
        onStatus={(s) => onChange('status', s === undefined ? undefined : String(s), 'push')}
        text={text}
        locale={locale}
      />
      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <ReportFilters
          params={params}
          statuses={[...statusOptions(locale, data.statuses), { value: 'overdue', label: text.overdue }]}
          ranges={rangeOptions(locale, data.ranges)}
          vehicles={vehicles}
          onChange={onChange}
          onReset={() => goTo(pathname, 'push')}
          text={text}
        />
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
          <span aria-live="polite">{isValidating ? text.updating : ''}</span>
          <ExportCsvButton rows={shown} text={text} locale={locale} />
        </div>
      </div>
      {error ? (
        <Alert tone="warning">
          {text.loadError}: {error.message}
        </Alert>
      ) : null}
      {table('important')}
      {table('general')}
    </div>
  )
}
