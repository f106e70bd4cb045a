import type { JWT } from 'next-auth/jwt'
import { postLogout } from '@/lib/forte/auth'
import { needsRefresh, refreshSession } from './refresh'

/**
 * POST /logout with the session's access token (refreshed first when it is about to expire, so the
 * API accepts it). Staff sessions hold 1C credentials and have no API session to end. A failure is
 * not the user's: the portal cookie is cleared anyway.
 */
export async function endApiSession(token: JWT | null | undefined): Promise<void> {
  if (!token || token.role === 'staff' || !token.accessToken) return
  let access = token.accessToken
  if (needsRefresh(token)) {
    const outcome = await refreshSession(token)
    if (!outcome.ok) return // the API no longer accepts this session: nothing left to end
    access = outcome.token.accessToken ?? access
  }
  await postLogout(access).catch(() => {})
}
