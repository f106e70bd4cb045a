import { randomUUID } from 'node:crypto'
import { NextResponse, type NextRequest } from 'next/server'
import { encode, getToken, type JWT } from 'next-auth/jwt'
import { DEVICE_COOKIE, SESSION_MAX_AGE, isSecureDeployment, sessionCookieName } from '@/lib/auth/cookies'
import { needsRefresh, refreshSession } from '@/lib/auth/refresh'
import { sessionOver } from '@/lib/auth/session-age'
import { HSTS, contentSecurityPolicy } from '@/lib/auth/security-headers'
import { getNextAuthSecret } from '@/lib/auth/secret'

const PUBLIC = [/^\/login(\/|$)/, /^\/api\/auth(\/|$)/, /^\/forbidden$/]

/** `/reports/%ff%fe` names no page; Next itself would fail on it with a bare 500. */
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

function isHttps(req: NextRequest): boolean {
  return req.nextUrl.protocol === 'https:' || req.headers.get('x-forwarded-proto') === 'https'
}

/**
 * Route protection, session refresh and security headers (Next 16's middleware, Node runtime).
 * The token refresh lives here because only here can the rotated tokens be written to the cookie,
 * both on the response and on the forwarded request (so this very render sees them).
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl
  const https = isHttps(req)
  const nonce = Buffer.from(randomUUID()).toString('base64')
  const csp = contentSecurityPolicy(nonce)
  const secret = getNextAuthSecret()
  const cookieName = sessionCookieName()
  const from = pathname + search

  const finish = (res: NextResponse) => {
    // The per-request headers only: next.config.mjs sends the fixed ones (nosniff, Referrer-Policy, …) once.
    res.headers.set('Content-Security-Policy', csp)
    if (https) res.headers.set('Strict-Transport-Security', HSTS)
    return res
  }
  // __Secure- cookies (NEXTAUTH_URL https) must carry Secure even when TLS ends at a proxy.
  const cookieOpts = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: https || isSecureDeployment() }
  const toLogin = (params: Record<string, string>, clearSession = false) => {
    const url = new URL('/login', req.url)
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
    const res = NextResponse.redirect(url)
    if (clearSession)
      for (const c of req.cookies.getAll()) if (c.name.startsWith(cookieName)) res.cookies.delete(c.name)
    return finish(res)
  }

  let token: JWT | null = null
  try {
    token = await getToken({ req, secret, cookieName })
  } catch {}
  const isPublic = PUBLIC.some((r) => r.test(pathname))
  if (!token && !isPublic) return toLogin(pathname === '/' ? {} : { from })
  if (!decodes(pathname)) return finish(NextResponse.rewrite(new URL('/_not-found', req.url)))
  // A Forte staff session ends 12 hours after sign-in, however active.
  const over = !!token && sessionOver(token)
  if (over && !isPublic) return toLogin({ reason: 'expired', from }, true)

  const reqCookies = new Map(req.cookies.getAll().map((c) => [c.name, c.value]))
  const setCookies: Array<[string, string, number]> = []

  if (token && !over && needsRefresh(token)) {
    const outcome = await refreshSession(token)
    if (outcome.ok) {
      const value = await encode({ token: outcome.token, secret, maxAge: SESSION_MAX_AGE })
      for (const name of reqCookies.keys()) if (name.startsWith(`${cookieName}.`)) reqCookies.delete(name)
      reqCookies.set(cookieName, value)
      setCookies.push([cookieName, value, SESSION_MAX_AGE])
    } else if (outcome.expired) {
      return toLogin(isPublic ? { reason: 'expired' } : { reason: 'expired', from }, true)
    }
  }

  // No token probe here: a revoked session (the director deleted this employee) is found by the page's
  // own data call, whose 401 sends the user to /login?reason=expired (lib/forte/page-data.ts). One API
  // call per page view. That page sends the user to /login?reason=expired: end the session there.
  const endSession =
    !!token && (over || (pathname === '/login' && req.nextUrl.searchParams.get('reason') === 'expired'))
  if (endSession) for (const name of [...reqCookies.keys()]) if (name.startsWith(cookieName)) reqCookies.delete(name)

  // A stable per-browser device id: the OTP is bound to (BIN/IIN, uuid).
  if (pathname.startsWith('/login') && !reqCookies.has(DEVICE_COOKIE)) {
    const uuid = randomUUID()
    reqCookies.set(DEVICE_COOKIE, uuid)
    setCookies.push([DEVICE_COOKIE, uuid, 5 * 365 * 24 * 60 * 60])
  }

  const headers = new Headers(req.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', csp) // Next reads the nonce from here for its own scripts
  if (setCookies.length || endSession) headers.set('cookie', [...reqCookies].map(([k, v]) => `${k}=${v}`).join('; '))
  const res = NextResponse.next({ request: { headers } })
  for (const [name, value, maxAge] of setCookies) res.cookies.set(name, value, { ...cookieOpts, maxAge })
  if (endSession) for (const c of req.cookies.getAll()) if (c.name.startsWith(cookieName)) res.cookies.delete(c.name)
  return finish(res)
}

export const config = {
  // The video upload route is left out: a request that passes the proxy has its body copied into
  // memory and cut at 10 MB. That route checks the session itself, and the upload form refreshes
  // the session (a GET of /api/me, which does pass here) just before it sends the file.
  // The files of public/ are served to anyone as they are (robots.txt must not be redirected to sign-in).
  matcher: [
    '/((?!_next/static|_next/image|favicon.ico|logo.svg|icon-192.png|icon-512.png|manifest.webmanifest|robots.txt|api/reports/upload|api/uploads).*)',
  ],
}
