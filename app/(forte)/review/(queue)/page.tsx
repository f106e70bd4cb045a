import type { Metadata } from 'next'
import Link from 'next/link'
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
import { buttonClass } from '@/components/ui/button'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { loadPageData } from '@/lib/forte/page-data'
import { listReports1C } from '@/lib/forte/review'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

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
  const pageHref = (n: number) => `/review${filters ? `${filters}&` : '?'}page=${n}`
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
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-700">
          {hasFilters(params) ? text.emptyFiltered : text.empty}
        </p>
      ) : (
        <QueueTable items={list.items} locale={locale} filters={filters} />
      )}
      {pages > 1 ? (
        <nav aria-label={text.page(params.page, pages)} className="flex items-center justify-between text-sm">
          {params.page > 1 ? (
            <Link href={pageHref(params.page - 1)} className={buttonClass('secondary', 'sm')}>
              {text.prevPage}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-700">{text.page(params.page, pages)}</span>
          {params.page < pages ? (
            <Link href={pageHref(params.page + 1)} className={buttonClass('secondary', 'sm')}>
              {text.nextPage}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  )
}
