import type { DateRange } from '@/lib/forte/schemas/common'
import { SIGNAL_FILTERS, type SignalFilter } from '@/lib/forte/codes'
import { positiveIntParam, rangeParam, readParam, type SearchParams, toQuery } from '@/lib/search-params'

/** The queue's filters as the URL holds them (`?company=&type=&range=&signals=&sort=&page=`): the URL is the source of truth. */
export type QueueParams = {
  company: string
  type: string
  range: '' | DateRange
  signals: '' | SignalFilter
  sort: QueueSort
  page: number
}

/** The longest waiting first (the default), or the most recent first. */
type QueueSort = '' | 'newest'

/** `any`, `none` or a signal's code; '' (no filter) for anything else. */
const signalsParam = (v: string | undefined): '' | SignalFilter =>
  (SIGNAL_FILTERS as readonly string[]).includes(v ?? '') ? (v as SignalFilter) : ''

export const QUEUE_PAGE_SIZE = 50

export function parseQueueParams(sp: SearchParams): QueueParams {
  return {
    company: (readParam(sp, 'company') ?? '').slice(0, 100),
    type: (readParam(sp, 'type') ?? '').slice(0, 64),
    range: rangeParam(readParam(sp, 'range')) ?? '',
    signals: signalsParam(readParam(sp, 'signals')),
    sort: readParam(sp, 'sort') === 'newest' ? 'newest' : '',
    page: positiveIntParam(readParam(sp, 'page')),
  }
}

/** A 12-digit entry is a BIN/IIN (exact filter); anything else searches the company name. */
export function queueApiQuery(p: QueueParams, paging: { page?: number; per_page?: number } = {}) {
  const biin = /^\d{12}$/.test(p.company) ? p.company : undefined
  return {
    status_code: 2,
    order: p.sort === 'newest' ? ('newest' as const) : ('waiting_longest' as const),
    biin,
    q: biin ? undefined : p.company || undefined,
    vehicle_type: p.type || undefined,
    date_range: p.range || undefined,
    signals: p.signals || undefined,
    page: paging.page ?? p.page,
    per_page: paging.per_page ?? QUEUE_PAGE_SIZE,
  }
}

/** `?company=…` of the filters only (no page): carried from the queue to a report and back. */
export const filtersQuery = (
  p: Pick<QueueParams, 'company' | 'type' | 'range'> & Partial<Pick<QueueParams, 'signals' | 'sort'>>,
) => toQuery({ company: p.company, type: p.type, range: p.range, signals: p.signals, sort: p.sort })

export const hasFilters = (p: QueueParams) => Boolean(p.company || p.type || p.range || p.signals)

/** Previous and next ref_keys around `refKey` in the queue (undefined at the ends or when it is not there). */
export function neighbours(queue: string[], refKey: string) {
  const i = queue.indexOf(refKey)
  if (i < 0) return { index: -1, prev: undefined, next: queue[0] }
  return { index: i, prev: queue[i - 1], next: queue[i + 1] }
}
