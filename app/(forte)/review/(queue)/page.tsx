import type { Metadata } from 'next'
import Link from 'next/link'
import { DecidedNotice } from '@/components/review/decided-notice'
import { QueueFilters } from '@/components/review/queue-filters'
import {
  filtersQuery,
  hasFilters,
  parseQueueParams,
  QUEUE_PAGE_SIZE,
  queueApiQuery,
} from '@/components/review/queue-params'
import { FIRST_ROW_ID, QueueTable } from '@/components/review/queue-table'
import { reviewText } from '@/components/review/review-text'
import { StaffLinks } from '@/components/review/staff-links'
import { TypeFacets } from '@/components/review/type-facets'
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
import { type SearchParams, toQuery } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: reviewText(await getLocale()).title }
}

type Props = { searchParams: Promise<SearchParams> }

/** Forte staff: every company's sent reports (status 2), the longest waiting first, with filters and counts. */
export default async function Page({ searchParams }: Props) {
  const auth = await requireStaffAuth()
  const locale = await getLocale()
  const text = reviewText(locale)
  const sp = await searchParams
  const params = parseQueueParams(sp)
  const now = new Date()
  const today = businessYmd(now)

  // The whole queue's size and type facets (counted by the API over every page), and my decisions today.
  const loaded = await loadPageData('/review', () =>
    Promise.all([
      listReports1C(auth, queueApiQuery(params)),
      listReports1C(auth, { status_code: 2, per_page: 1 }),
      myDecisionCount1C(auth, today),
    ]),
  )
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const [list, all, mine] = loaded.data

  const filters = filtersQuery(params)
  const pages = Math.max(1, Math.ceil(list.total / QUEUE_PAGE_SIZE))
  const pageText = commonText(locale).pages
  const newest = params.sort === 'newest'
  const sortHref = `/review${filtersQuery({ ...params, sort: newest ? '' : 'newest' })}`
  return (
    <div className="space-y-4">
      {list.items.length > 0 ? (
        <a
          href={`#${FIRST_ROW_ID}`}
          className="sr-only rounded bg-white px-3 py-2 text-brand focus:not-sr-only focus:inline-block focus:outline-2 focus:outline-accent"
        >
          {text.skipToFirst}
        </a>
      ) : null}
      <PageHeader
        title={text.title}
        description={text.description}
        actions={<StaffLinks locale={locale} today={today} myToday={mine} />}
      />
      <DecidedNotice sp={sp} locale={locale} filters={filters} queueEmpty={all.total === 0} />
      <QueueFilters params={params} types={all.facets.by_vehicle_type} locale={locale} />
      <div className="flex flex-wrap items-center gap-2" aria-live="polite" data-testid="queue-counts">
        <Badge tone="info">{text.inQueue(all.total)}</Badge>
        {hasFilters(params) ? <Badge>{text.matching(list.total)}</Badge> : null}
        <TypeFacets facets={all.facets.by_vehicle_type} label={text.typeFacets} />
      </div>
      {list.items.length === 0 ? (
        <EmptyState>{hasFilters(params) ? text.emptyFiltered : text.empty}</EmptyState>
      ) : (
        <QueueTable
          items={list.items}
          locale={locale}
          filters={filters}
          now={now}
          ariaSort={newest ? 'ascending' : 'descending'}
          sortHeader={
            <Link href={sortHref} className="underline-offset-2 hover:underline" data-testid="wait-sort">
              {text.colWaiting} {newest ? '↑' : '↓'}
              <span className="sr-only">: {newest ? text.waitSortNewest : text.waitSort}</span>
            </Link>
          }
        />
      )}
      {pages > 1 ? (
        <Pagination
          page={Math.min(params.page, pages)}
          pages={pages}
          href={(page) => `/review${toQuery({ ...Object.fromEntries(new URLSearchParams(filters)), page })}`}
          text={{ ...pageText, label: pageText.label(text.tableCaption) }}
        />
      ) : null}
    </div>
  )
}
