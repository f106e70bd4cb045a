import { NextResponse } from 'next/server'
import { apiBaseUrl } from '@/lib/auth/api'
import { getAuthorizationHeader, getPortalSession } from '@/lib/auth/session'

export const dynamic = 'force-dynamic'

/**
 * The signed-in user's display data and whether the API accepts their credentials right now
 * (a cheap probe for the client and for the session-refresh test). Never returns a token.
 */
export async function GET() {
  const session = await getPortalSession()
  if (!session) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 })
  const path = session.role === 'staff' ? '/1c/me' : '/reports/vehicle/filter/null/null'
  let api: 'ok' | 'unauthorized' | 'unavailable'
  try {
    const res = await fetch(`${apiBaseUrl()}${path}`, {
      headers: { authorization: await getAuthorizationHeader() },
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    })
    api = res.ok ? 'ok' : res.status === 401 ? 'unauthorized' : 'unavailable'
  } catch {
    api = 'unavailable'
  }
  return NextResponse.json({ user: session, api }, { headers: { 'cache-control': 'no-store' } })
}
