import 'server-only'
import { NextResponse } from 'next/server'
import type { Role } from './roles'
import { type ApiAuth, getApiAuth, getPortalSession } from './session'

/**
 * For route handlers (reachable directly, so they check the role themselves): the API credentials
 * of a signed-in user with one of `roles`, or a JSON 401/403 answer (never a redirect to a page).
 */
export async function routeAuth(...roles: Role[]): Promise<{ auth: ApiAuth } | { denied: Response }> {
  const session = await getPortalSession()
  if (!session) return { denied: NextResponse.json({ message: 'Сессия истекла, войдите снова' }, { status: 401 }) }
  if (!roles.includes(session.role))
    return { denied: NextResponse.json({ message: 'Недостаточно прав для этого действия' }, { status: 403 }) }
  return { auth: await getApiAuth() }
}
