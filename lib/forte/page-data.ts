import 'server-only'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { API_DOWN_HEADER, ForteApiError, ForteTimeoutError, isApiDown } from './errors'

export type PageData<T> = { data: T } | { apiDown: true }

/**
 * How long a page waits for the API in all. A page answers within 5 s even when the API hangs: the
 * proxy's token probe (2 s at most, and then the page does not wait again) or this budget, plus rendering.
 */
const PAGE_API_BUDGET_MS = 3_500

/** Did proxy.ts already find the API unreachable for this request? (Outside a request: no.) */
async function probedDown(): Promise<boolean> {
  try {
    return (await headers()).get(API_DOWN_HEADER) === '1'
  } catch {
    return false
  }
}

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
 * longer takes the session: expired or revoked) sends the user to sign in again and come back to
 * `from`; an unreachable API, or one slower than the page's budget, gives `{ apiDown: true }` (render
 * `PageUnavailable`); anything else is rethrown for error.tsx.
 */
export async function loadPageData<T>(
  from: string,
  load: () => Promise<T>,
  budgetMs = PAGE_API_BUDGET_MS,
): Promise<PageData<T>> {
  if (await probedDown()) return { apiDown: true }
  try {
    return { data: await within(load(), budgetMs) }
  } catch (e) {
    if (e instanceof ForteApiError && e.status === 401)
      redirect(`/login?reason=expired&from=${encodeURIComponent(from)}`)
    if (isApiDown(e)) return { apiDown: true }
    throw e
  }
}
