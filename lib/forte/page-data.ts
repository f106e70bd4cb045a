import 'server-only'
import { redirect } from 'next/navigation'
import { ForteApiError, ForteTimeoutError, isApiDown } from './errors'

export type PageData<T> = { data: T } | { apiDown: true }

/** How long a page waits for the API in all: a page answers within 5 s even when the API hangs (this budget plus rendering). */
const PAGE_API_BUDGET_MS = 3_500

/** `work`, or ForteTimeoutError once `ms` have passed (the calls behind it end on their own time-outs). */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ForteTimeoutError()), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/**
 * The API calls of a server page, with the failures every page handles alike: a 401 (the API no
 * longer takes the session: expired or revoked; the proxy does not probe, so this is where a revoked
 * session is found) sends the user to sign in again and come back to
 * `from`; an unreachable API, or one slower than the page's budget, gives `{ apiDown: true }` (render
 * `PageUnavailable`); anything else is rethrown for error.tsx.
 */
export async function loadPageData<T>(
  from: string,
  load: () => Promise<T>,
  budgetMs = PAGE_API_BUDGET_MS,
): Promise<PageData<T>> {
  try {
    return { data: await within(load(), budgetMs) }
  } catch (e) {
    if (e instanceof ForteApiError && e.status === 401)
      redirect(`/login?reason=expired&from=${encodeURIComponent(from)}`)
    if (isApiDown(e)) return { apiDown: true }
    throw e
  }
}
