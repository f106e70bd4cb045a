import 'server-only'
import { getServerSession } from 'next-auth'
import { decode, type JWT } from 'next-auth/jwt'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { sessionCookieName } from './cookies'
import { authOptions } from './options'
import type { Role } from './roles'
import { getNextAuthSecret } from './secret'
import { sessionOver } from './session-age'

export type PortalSession = { name: string; role: Role; company: string }

/** Display data of the signed-in user (name, role, company), or null. */
export const getPortalSession = cache(async (): Promise<PortalSession | null> => {
  const s = await getServerSession(authOptions)
  if (!s?.user?.role) return null
  // A staff session past its 12 hours counts as none (proxy.ts also ends it).
  return s.user.role === 'staff' && !(await readJwt()) ? null : s.user
})

/**
 * For layouts, pages, server actions and route handlers: the session when its role is allowed;
 * no session → /login, wrong role → the 403 page.
 */
export async function requireRole(...roles: Role[]): Promise<PortalSession> {
  const s = await getPortalSession()
  if (!s) redirect('/login')
  if (roles.length && !roles.includes(s.role)) redirect('/forbidden')
  return s
}

/** The decrypted JWT (server-side only: it holds the API credentials). */
const readJwt = cache(async (): Promise<JWT | null> => {
  const jar = await cookies()
  const name = sessionCookieName()
  // NextAuth splits large cookies into name.0, name.1, …
  const value =
    jar.get(name)?.value ??
    jar
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.split('.').pop()) - Number(b.name.split('.').pop()))
      .map((c) => c.value)
      .join('')
  if (!value) return null
  try {
    const token = await decode({ token: value, secret: getNextAuthSecret() })
    return token && !sessionOver(token) ? token : null
  } catch {
    return null
  }
})

/** The signed-in client's company BIN/IIN (the session's id is `<biin>:<name>`), or null. */
export async function getCompanyBiin(): Promise<string | null> {
  const t = await readJwt()
  const biin = t?.role === 'director' || t?.role === 'employee' ? t.sub?.split(':')[0] : undefined
  return biin && /^\d{12}$/.test(biin) ? biin : null
}

export type ApiAuth =
  | { kind: 'bearer'; token: string; role: 'director' | 'employee' }
  | { kind: 'basic'; login: string; password: string; role: 'staff' }

/** What `lib/forte` calls need: the client's bearer access token or the reviewer's 1C credentials. */
export async function getApiAuth(): Promise<ApiAuth> {
  const t = await readJwt()
  if (t?.role === 'staff' && t.staffLogin && t.staffPassword)
    return { kind: 'basic', login: t.staffLogin, password: t.staffPassword, role: 'staff' }
  if ((t?.role === 'director' || t?.role === 'employee') && t.accessToken)
    return { kind: 'bearer', token: t.accessToken, role: t.role }
  redirect('/login')
}

/** For pages and actions that call the API: the role check of `requireRole`, then the caller's API credentials. */
export async function requireApiAuth(...roles: Role[]): Promise<ApiAuth> {
  await requireRole(...roles)
  return getApiAuth()
}

/** For Forte staff pages: the reviewer's 1C credentials; no staff session → /login or the 403 page. */
export async function requireStaffAuth(): Promise<Extract<ApiAuth, { kind: 'basic' }>> {
  const auth = await requireApiAuth('staff')
  if (auth.kind !== 'basic') redirect('/forbidden')
  return auth
}
