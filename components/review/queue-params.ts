import { z } from 'zod'
import { firstParam, type SearchParams } from '@/lib/search-params'

/** The queue's filters as the URL holds them (`?company=&type=&range=&page=`): the URL is the source of truth. */
export type QueueParams = { company: string; type: string; range: '' | '1w' | '1m' | '6m' | '1y'; page: number }

export const QUEUE_PAGE_SIZE = 50
const rangeSchema = z.enum(['1w', '1m', '6m', '1y'])
const first = (v: string | string[] | undefined) => firstParam(v) ?? ''

export function parseQueueParams(sp: SearchParams): QueueParams {
  const range = rangeSchema.safeParse(first(sp.range))
  const page = Number.parseInt(first(sp.page), 10)
  return {
    company: first(sp.company).trim().slice(0, 100),
    type: first(sp.type).trim().slice(0, 64),
    range: range.success ? range.data : '',
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  }
}

/** A 12-digit entry is a BIN/IIN (exact filter); anything else searches the company name. */
export function queueApiQuery(p: QueueParams, paging: { page?: number; per_page?: number } = {}) {
  const biin = /^\d{12}$/.test(p.company) ? p.company : undefined
  return {
    status_code: 2,
    order: 'oldest' as const,
    biin,
    q: biin ? undefined : p.company || undefined,
    vehicle_type: p.type || undefined,
    date_range: p.range || undefined,
    page: paging.page ?? p.page,
    per_page: paging.per_page ?? QUEUE_PAGE_SIZE,
  }
}

/** `?company=…` of the filters only (no page): carried from the queue to a report and back. */
export function filtersQuery(p: Pick<QueueParams, 'company' | 'type' | 'range'>): string {
  const sp = new URLSearchParams()
  if (p.company) sp.set('company', p.company)
  if (p.type) sp.set('type', p.type)
  if (p.range) sp.set('range', p.range)
  const s = sp.toString()
  return s ? `?${s}` : ''
}

export const hasFilters = (p: QueueParams) => Boolean(p.company || p.type || p.range)

/** Previous and next ref_keys around `refKey` in the queue (undefined at the ends or when it is not there). */
export function neighbours(queue: string[], refKey: string) {
  const i = queue.indexOf(refKey)
  if (i < 0) return { index: -1, prev: undefined, next: queue[0] }
  return { index: i, prev: queue[i - 1], next: queue[i + 1] }
}
