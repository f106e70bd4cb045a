import 'server-only'
import { headers } from 'next/headers'
import { NextResponse } from 'next/server'

type HeaderReader = Pick<Headers, 'get'>

/**
 * Whether a browser says this request came from another site (a forged form post or fetch).
 * `Sec-Fetch-Site` is set by the browser and cannot be forged by a page: only `same-origin` passes.
 * Browsers without it send `Origin` on every POST: it must be the portal's own (the Host it was
 * asked for, or NEXTAUTH_URL). A request with neither header is no browser's, so no cross-site forgery.
 */
export function isCrossSite(h: HeaderReader): boolean {
  const site = h.get('sec-fetch-site')
  if (site) return site !== 'same-origin'
  const origin = h.get('origin')
  if (!origin) return false
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return true // includes `Origin: null` (sandboxed frames, data: pages)
  }
  const host = h.get('x-forwarded-host') ?? h.get('host')
  if (host && url.host === host) return false
  return url.origin !== portalOrigin()
}

/** The portal's public origin (NEXTAUTH_URL), or null when unset. */
export function portalOrigin(): string | null {
  try {
    return new URL(process.env.NEXTAUTH_URL ?? '').origin
  } catch {
    return null
  }
}

const CROSS_SITE_MESSAGE = 'Запрос с другого сайта отклонён · Cross-site request refused'

/** Route handlers that change data: `const refused = refuseCrossSite(request); if (refused) return refused`. */
export function refuseCrossSite(request: Request): Response | null {
  return isCrossSite(request.headers) ? NextResponse.json({ message: CROSS_SITE_MESSAGE }, { status: 403 }) : null
}

/** Server actions: `await requireSameOrigin()` first; a cross-site call ends there, with nothing done. */
export async function requireSameOrigin(): Promise<void> {
  if (isCrossSite(await headers())) throw new Error(CROSS_SITE_MESSAGE)
}
