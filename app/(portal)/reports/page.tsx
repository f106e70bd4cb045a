import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { loadDashboard } from '@/components/reports/load-reports'
import { parseReportParams, reportParamsQuery } from '@/components/reports/report-params'
import { ReportsDashboard } from '@/components/reports/reports-dashboard'
import { reportsText } from '@/components/reports/reports-text'
import { ApiUnavailable } from '@/components/shell/api-status-banner'
import { PageHeader } from '@/components/shell/page-header'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { ForteApiError, isApiDown } from '@/lib/forte/errors'
import { commonText } from '@/lib/i18n/common-text'
import { getLocale } from '@/lib/i18n/get-locale'

export const metadata: Metadata = { title: 'Отчёты' }

/** Up to this many rows ride in the HTML; more are fetched by the browser as gzipped JSON right after. */
const INLINE_ROWS = 1000

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The reports dashboard: the first view is fetched here; the client takes over filtering from the URL. */
export default async function Page({ searchParams }: Props) {
  await requireRole('director', 'employee')
  const auth = await getApiAuth()
  const locale = await getLocale()
  const text = reportsText(locale)
  const params = parseReportParams(await searchParams)
  const query = reportParamsQuery({ range: params.range, vehicle: params.vehicle })

  let data
  try {
    data = await loadDashboard(auth, params)
  } catch (e) {
    if (e instanceof ForteApiError && e.status === 401) redirect(`/login?reason=expired&from=${encodeURIComponent(`/reports${reportParamsQuery(params)}`)}`)
    if (!isApiDown(e)) throw e
    return (
      <div className="space-y-4">
        <PageHeader title={text.title} description={text.description} />
        <ApiUnavailable />
      </div>
    )
  }
  const deferred = data.rows.important.length + data.rows.general.length > INLINE_ROWS
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <ReportsDashboard initial={{ query, data: deferred ? { ...data, rows: { important: [], general: [] } } : data, deferred }} locale={locale} statusTitles={commonText(locale).status} />
    </div>
  )
}
