import type { Metadata } from 'next'
import { parseReportParams, reportParamsQuery } from '@/components/reports/report-params'
import { ReportsDashboard } from '@/components/reports/reports-dashboard'
import { reportsText } from '@/components/reports/reports-text'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { requireApiAuth } from '@/lib/auth/session'
import { loadDashboard } from '@/lib/data/dashboard'
import { loadPageData } from '@/lib/forte/page-data'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: reportsText(await getLocale()).title }
}

/** Up to this many rows ride in the HTML; more are fetched by the browser as gzipped JSON right after. */
const INLINE_ROWS = 1000

type Props = { searchParams: Promise<SearchParams> }

/** The reports dashboard: the first view is fetched here; the client takes over filtering from the URL. */
export default async function Page({ searchParams }: Props) {
  const auth = await requireApiAuth('director', 'employee')
  const locale = await getLocale()
  const text = reportsText(locale)
  const params = parseReportParams(await searchParams)
  const query = reportParamsQuery({ range: params.range, vehicle: params.vehicle })

  const loaded = await loadPageData(`/reports${reportParamsQuery(params)}`, () => loadDashboard(auth, params))
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const data = loaded.data
  const deferred = data.rows.important.length + data.rows.general.length > INLINE_ROWS
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <ReportsDashboard
        initial={{ query, data: deferred ? { ...data, rows: { important: [], general: [] } } : data, deferred }}
        locale={locale}
      />
    </div>
  )
}
