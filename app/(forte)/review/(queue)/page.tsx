import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { DecidedNotice } from '@/components/review/decided-notice'
import { QueueFilters, typeOptions } from '@/components/review/queue-filters'
import {
  filtersQuery,
  hasFilters,
  parseQueueParams,
  QUEUE_PAGE_SIZE,
  queueApiQuery,
} from '@/components/review/queue-params'
import { QueueTable } from '@/components/review/queue-table'
import { reviewText } from '@/components/review/review-text'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination } from '@/components/ui/pagination'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { loadPageData } from '@/lib/forte/page-data'
import { listReports1C } from '@/lib/forte/review'
import { commonText } from '@/lib/i18n/common-text'
import { getLocale } from '@/lib/i18n/get-locale'
import { type SearchParams, toQuery } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: reviewText(await getLocale()).title }
}

type Props = { searchParams: Promise<SearchParams> }

/** Forte staff: every company's sent reports (status 2), oldest submission first, with filters and counts. */
export default async function Page({ searchParams }: Props) {
  await requireRole('staff')
  const auth = await getApiAuth()
  if (auth.kind !== 'basic') redirect('/forbidden')
  const locale = await getLocale()
  const text = reviewText(locale)
  const sp = await searchParams
  const params = parseQueueParams(sp)

  // The unfiltered queue (first 200) gives the total and the vehicle types with their counts.
  const loaded = await loadPageData('/review', () =>
    Promise.all([
      listReports1C(auth, queueApiQuery(params)),
      listReports1C(auth, { status_code: 2, order: 'oldest', per_page: 200 }),
    ]),
  )
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const [list, all] = loaded.data

  const filters = filtersQuery(params)
  const pages = Math.max(1, Math.ceil(list.total / QUEUE_PAGE_SIZE))
  const pageText = commonText(locale).pages
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <DecidedNotice decided={sp.decided} text={text} queueEmpty={all.total === 0} />
      <QueueFilters params={params} types={typeOptions(all.items)} locale={locale} />
      <p className="flex flex-wrap gap-2" aria-live="polite" data-testid="queue-counts">
        <Badge tone="info">{text.inQueue(all.total)}</Badge>
        {hasFilters(params) ? <Badge>{text.matching(list.total)}</Badge> : null}
      </p>
      {list.items.length === 0 ? (
        <EmptyState>{hasFilters(params) ? text.emptyFiltered : text.empty}</EmptyState>
      ) : (
        <QueueTable items={list.items} locale={locale} filters={filters} />
      )}
      {pages > 1 ? (
        <Pagination
          page={Math.min(params.page, pages)}
          pages={pages}
          href={(page) =>
            `/review${toQuery({ company: params.company, type: params.type, range: params.range, signals: params.signals, page })}`
          }
          text={{ ...pageText, label: pageText.label(text.tableCaption) }}
        />
      ) : null}
    </div>
  )
}
