import type { Metadata } from 'next'
import { ALL_PAGE_SIZE, allApiQuery, allQuery, parseAllParams } from '@/components/review/all-params'
import { AllFilters } from '@/components/review/all-filters'
import { AllTable } from '@/components/review/all-table'
import { reviewText } from '@/components/review/review-text'
import { StaffLinks } from '@/components/review/staff-links'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination } from '@/components/ui/pagination'
import { requireStaffAuth } from '@/lib/auth/session'
import { businessYmd } from '@/lib/format/dates'
import { loadPageData } from '@/lib/forte/page-data'
import { listReports1C, myDecisionCount1C } from '@/lib/forte/review'
import { commonText } from '@/lib/i18n/common-text'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: reviewText(await getLocale()).allReports }
}

type Props = { searchParams: Promise<SearchParams> }

/** Forte staff: every report of every company in any status, by company, vehicle, decision and dates. */
export default async function Page({ searchParams }: Props) {
  const auth = await requireStaffAuth()
  const locale = await getLocale()
  const text = reviewText(locale)
  const params = parseAllParams(await searchParams)
  const today = businessYmd()

  const from = `/review/all${allQuery(params, params.page)}`
  const loaded = await loadPageData(from, () =>
    Promise.all([listReports1C(auth, allApiQuery(params)), myDecisionCount1C(auth, today)]),
  )
  if ('apiDown' in loaded) return <PageUnavailable title={text.allReports} description={text.allReportsDescription} />
  const [list, mine] = loaded.data
  const pages = Math.max(1, Math.ceil(list.total / ALL_PAGE_SIZE))
  const pageText = commonText(locale).pages
  return (
    <div className="space-y-4">
      <PageHeader
        title={text.allReports}
        description={text.allReportsDescription}
        actions={<StaffLinks locale={locale} today={today} myToday={mine} />}
      />
      <AllFilters params={params} locale={locale} />
      <p aria-live="polite" data-testid="all-count">
        <Badge tone="info">{text.found(list.total)}</Badge>
      </p>
      {list.items.length === 0 ? (
        <EmptyState>{text.allEmpty}</EmptyState>
      ) : (
        <AllTable items={list.items} locale={locale} />
      )}
      {pages > 1 ? (
        <Pagination
          page={Math.min(params.page, pages)}
          pages={pages}
          href={(page) => `/review/all${allQuery(params, page)}`}
          text={{ ...pageText, label: pageText.label(text.allCaption) }}
        />
      ) : null}
    </div>
  )
}
