'use client'

import useSWR from 'swr'
import type { DashboardData } from '@/lib/data/dashboard'

/** Thrown for a non-2xx answer, with the route's Russian message. */
class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

const fetcher = async (url: string): Promise<DashboardData> => {
  const res = await fetch(url, { headers: { accept: 'application/json' } })
  const body = await res.json().catch(() => null)
  if (!res.ok) throw new FetchError(body?.message ?? `HTTP ${res.status}`, res.status)
  return body as DashboardData
}

/**
 * The dashboard's rows for a period/vehicle, revalidated when the tab regains focus. The server
 * page's data is the first answer (`fallbackData`), so nothing is fetched on the first paint.
 */
export function useReports(query: string, initial: { query: string; data: DashboardData; deferred: boolean }) {
  const key = `/api/reports${query}`
  // A deferred first view came without its rows (too many to inline in the HTML): fetch them now.
  const isInitial = query === initial.query && !initial.deferred
  return useSWR<DashboardData, FetchError>(key, fetcher, {
    fallbackData: isInitial ? initial.data : undefined,
    keepPreviousData: true,
    revalidateOnFocus: true,
    // The server already fetched the first view; any other view is fetched when it is shown.
    revalidateOnMount: !isInitial,
    focusThrottleInterval: 5000,
  })
}
