import 'server-only'
import { redirect } from 'next/navigation'
import { ForteApiError, isApiDown } from './errors'

export type PageData<T> = { data: T } | { apiDown: true }

/**
 * The API call of a server page, with the failures every page handles alike: a 401 (the API no
 * longer takes the session: expired or revoked) sends the user to sign in again and come back to
 * `from`; an unreachable or too slow API gives `{ apiDown: true }` (render `PageUnavailable`);
 * anything else is rethrown for error.tsx.
 */
export async function loadPageData<T>(from: string, load: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { data: await load() }
  } catch (e) {
    if (e instanceof ForteApiError && e.status === 401)
      redirect(`/login?reason=expired&from=${encodeURIComponent(from)}`)
    if (isApiDown(e)) return { apiDown: true }
    throw e
  }
}
