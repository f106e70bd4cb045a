import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { percent } from '@/components/insights/insights-format'
import { insightsText } from '@/components/insights/insights-text'
import { Kpis } from '@/components/insights/kpis'
import { MonthlySection } from '@/components/insights/monthly-section'
import { OverdueReports } from '@/components/insights/overdue-reports'
import { SettingsForm } from '@/components/insights/settings-form'
import { VehicleTypesTable } from '@/components/insights/vehicle-types-table'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { EmptyState } from '@/components/ui/empty-state'
import { requireApiAuth } from '@/lib/auth/session'
import { getCompanyStats } from '@/lib/forte/insights'
import { loadPageData } from '@/lib/forte/page-data'
import { getLocale } from '@/lib/i18n/get-locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: insightsText(await getLocale()).title }
}

/** Directors: are reports sent on time, which vehicle types are late, what is overdue now, and the reminders. */
export default async function Page() {
  const auth = await requireApiAuth('director')
  if (auth.kind !== 'bearer') redirect('/forbidden')
  const locale = await getLocale()
  const text = insightsText(locale)
  const loaded = await loadPageData('/insights', () => getCompanyStats(auth))
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const stats = loaded.data
  const due = stats.months.reduce((n, m) => n + m.due, 0)
  return (
    <div className="space-y-6">
      <PageHeader title={text.title} description={text.description} />
      <Kpis
        items={[
          { id: 'kpi-rate-90', label: text.kpi.rate90, value: percent(locale, stats.on_time_rate, text.none) },
          { id: 'kpi-overdue', label: text.kpi.overdue, value: String(stats.overdue_total) },
          { id: 'kpi-due-12', label: text.kpi.due12, value: String(due) },
        ]}
      />
      {due === 0 ? (
        <EmptyState>{text.empty}</EmptyState>
      ) : (
        <>
          <MonthlySection months={stats.months} locale={locale} />
          <VehicleTypesTable types={stats.by_vehicle_type} locale={locale} />
        </>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3 [&>*]:min-w-0">
        <div className="lg:col-span-2">
          <OverdueReports reports={stats.overdue_reports} total={stats.overdue_total} locale={locale} />
        </div>
        <SettingsForm settings={stats.settings} locale={locale} />
      </div>
    </div>
  )
}
