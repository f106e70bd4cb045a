import type { JWT } from 'next-auth/jwt'
import { postRefresh } from '@/lib/forte/auth'
import { toFailure } from '@/lib/forte/errors'
import { readTokenTimes } from './jwt-claims'

/** Refresh when the access token has less than 30 s, or less than half its lifetime, left. */
export function needsRefresh(token: JWT, nowSec = Date.now() / 1000): boolean {
  if (token.role === 'staff' || !token.refreshToken || !token.accessExpires) return false
  const lifetime = token.accessExpires - (token.accessIssued ?? token.accessExpires - 300)
  const margin = Math.min(30, lifetime / 2)
  return token.accessExpires - nowSec < margin
}

export type RefreshOutcome = { ok: true; token: JWT } | { ok: false; expired: boolean }

// Single flight: the API rotates refresh tokens and treats a late reuse as theft, so concurrent
// requests carrying the same refresh token share one call. Finished entries linger briefly so a
// request that still carries the old cookie gets the same successor pair.
const inflight = new Map<string, Promise<RefreshOutcome>>()
const LINGER_MS = 8_000

export function refreshSession(token: JWT): Promise<RefreshOutcome> {
  const key = token.refreshToken!
  const existing = inflight.get(key)
  if (existing) return existing
  const p = doRefresh(token)
  inflight.set(key, p)
  p.finally(() => setTimeout(() => inflight.delete(key), LINGER_MS).unref?.())
  return p
}

async function doRefresh(token: JWT): Promise<RefreshOutcome> {
  try {
    const profile = await postRefresh(token.refreshToken!)
    const { exp, iat } = readTokenTimes(profile.access_token)
    return {
      ok: true,
      token: {
        ...token,
        accessToken: profile.access_token,
        refreshToken: profile.refresh_token,
        accessExpires: exp,
        accessIssued: iat,
      },
    }
  } catch (e) {
    // 401/403: the refresh token is dead → the session ends. Anything else (API down) is not the
    // user's fault: keep the session; the page shows "API недоступен".
    const failure = toFailure(e)
    const expired = failure === 'expired' || failure === 'forbidden'
    return { ok: false, expired }
  }
}
