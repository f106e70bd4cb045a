import 'server-only'
import { NextResponse } from 'next/server'
import { failureText } from '@/lib/i18n/failure-text'
import { getLocale } from '@/lib/i18n/get-locale'
import type { Role } from './roles'
import { type ApiAuth, getApiAuth, getPortalSession } from './session'

/**
 * For route handlers (reachable directly, so they check the role themselves): the API credentials
 * of a signed-in user with one of `roles`, or a JSON 401/403 answer (never a redirect to a page).
 */
export async function routeAuth(...roles: Role[]): Promise<{ auth: ApiAuth } | { denied: Response }> {
  const session = await getPortalSession()
  const deny = async (failure: 'expired' | 'forbidden', status: number) => ({
    denied: NextResponse.json({ message: failureText(await getLocale())[failure] }, { status }),
  })
  if (!session) return deny('expired', 401)
  if (!roles.includes(session.role)) return deny('forbidden', 403)
  return { auth: await getApiAuth() }
}
