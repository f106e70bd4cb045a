import type { Metadata } from 'next'
import { companiesInView, parseCompaniesParams } from '@/components/insights/companies-params'
import { CompaniesTable } from '@/components/insights/companies-table'
import { hoursOrNone } from '@/components/insights/insights-format'
import { insightsText } from '@/components/insights/insights-text'
import { Kpis } from '@/components/insights/kpis'
import { MonthlySection } from '@/components/insights/monthly-section'
import { RejectReasons } from '@/components/insights/reject-reasons'
import { ReviewersTable } from '@/components/insights/reviewers-table'
import { VehicleTypesTable } from '@/components/insights/vehicle-types-table'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { requireStaffAuth } from '@/lib/auth/session'
import { getStaffStats } from '@/lib/forte/insights'
import { loadPageData } from '@/lib/forte/page-data'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: insightsText(await getLocale()).clients.title }
}

type Props = { searchParams: Promise<SearchParams> }

/** Forte staff: which clients fall behind, the review queue's waits, reviewers' decisions, reject reasons. */
export default async function Page({ searchParams }: Props) {
  const auth = await requireStaffAuth()
  const locale = await getLocale()
  const all = insightsText(locale)
  const text = all.clients
  const params = parseCompaniesParams(await searchParams)
  const loaded = await loadPageData('/clients', () => getStaffStats(auth))
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const stats = loaded.data
  const hours = (h: number | null) => hoursOrNone(locale, h, text.hours, all.none)
  const due = stats.months.reduce((n, m) => n + m.due, 0)
  return (
    <div className="space-y-6">
      <PageHeader title={text.title} description={text.description} />
      <section aria-labelledby="queue-title" className="space-y-2">
        <h2 id="queue-title" className="text-lg font-semibold">
          {text.queueTitle}
        </h2>
        <Kpis
          items={[
            { id: 'queue-size', label: text.queue.size, value: String(stats.queue.size) },
            { id: 'queue-oldest', label: text.queue.oldest, value: hours(stats.queue.oldest_wait_h) },
            { id: 'queue-median', label: text.queue.median, value: hours(stats.queue.median_wait_h) },
          ]}
        />
      </section>
      <CompaniesTable
        rows={companiesInView(stats.companies, params)}
        total={stats.companies.length}
        params={params}
        locale={locale}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <ReviewersTable reviewers={stats.reviewers} locale={locale} />
        <RejectReasons reasons={stats.reject_reasons} locale={locale} />
      </div>
      {due > 0 ? (
        <section aria-labelledby="all-title" className="space-y-4">
          <h2 id="all-title" className="text-lg font-semibold">
            {text.allTitle}
          </h2>
          <MonthlySection months={stats.months} locale={locale} />
          <VehicleTypesTable types={stats.by_vehicle_type} locale={locale} />
        </section>
      ) : null}
    </div>
  )
}
