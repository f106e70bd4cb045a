'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useCallback, useMemo } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { paginationEn, paginationRu } from '@/components/data-table/data-table-pagination'
import { Alert } from '@/components/ui/alert'
import { useReports } from '@/lib/swr/use-reports'
import type { DashboardData } from './load-reports'
import { ExportCsvButton } from './export-csv-button'
import { reportColumns } from './report-columns'
import { ReportCounters } from './report-counters'
import { ReportFilters } from './report-filters'
import { parseReportParams, type ReportParams, reportParamsQuery } from './report-params'
import { applyLocalFilters, countReports, type ReportRow } from './report-rows'
import { reportsText } from './reports-text'

type Props = {
  initial: { query: string; data: DashboardData; deferred: boolean }
  locale: 'ru' | 'en'
  statusTitles: Record<number, string>
}

const overdueRow = (r: ReportRow) => (r.expired ? 'bg-red-50/70' : undefined)

/**
 * The dashboard: counters, filters, the two tables. The URL is the only filter state; changes go
 * through the history API (Next syncs useSearchParams), so the server page is not re-run: the
 * rows come from SWR, which also refreshes them when the tab regains focus.
 */
export function ReportsDashboard({ initial, locale, statusTitles }: Props) {
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

  const go = useCallback(
    (next: ReportParams, mode: 'push' | 'replace') => {
      const url = `${pathname}${reportParamsQuery(next)}`
      if (mode === 'push') window.history.pushState(null, '', url)
      else window.history.replaceState(null, '', url)
    },
    [pathname],
  )
  const onChange = useCallback(
    (key: keyof ReportParams, value: string | undefined, mode: 'push' | 'replace') => {
      const current = parseReportParams(new URLSearchParams(window.location.search))
      go({ ...current, [key]: key === 'status' && value ? Number(value) : value } as ReportParams, mode)
    },
    [go],
  )

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
      important: params.status ? inView.important.filter((r) => r.status_code === params.status) : inView.important,
      general: params.status ? inView.general.filter((r) => r.status_code === params.status) : inView.general,
    }),
    [inView, params.status],
  )
  const columns = useMemo(
    () => reportColumns({ ...text, statusTitle: locale === 'ru' ? {} : statusTitles }),
    [text, locale, statusTitles],
  )
  const total = data.rows.important.length + data.rows.general.length

  const table = (key: 'important' | 'general') => (
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
        paginationText={locale === 'en' ? paginationEn : paginationRu}
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
        onStatus={(s) => onChange('status', s ? String(s) : undefined, 'push')}
        text={text}
      />
      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <ReportFilters
          params={params}
          statuses={data.statuses}
          ranges={data.ranges}
          vehicles={data.vehicles}
          onChange={onChange}
          onReset={() => go({}, 'push')}
          text={text}
        />
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
          <span aria-live="polite">{isValidating ? text.updating : ''}</span>
          <ExportCsvButton rows={shown} text={text} />
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
