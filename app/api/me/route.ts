import { NextResponse } from 'next/server'
import { getApiAuth, getPortalSession } from '@/lib/auth/session'
import { probeSession } from '@/lib/forte/auth'

export const dynamic = 'force-dynamic'

/**
 * The signed-in user's display data and whether the API accepts their credentials right now
 * (a cheap probe for the client and for the session-refresh test). Never returns a token.
 */
export async function GET() {
  const session = await getPortalSession()
  if (!session) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 })
  const api = await probeSession(await getApiAuth(), 5_000)
  return NextResponse.json({ user: session, api }, { headers: { 'cache-control': 'no-store' } })
}
