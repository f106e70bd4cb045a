/** A stand-in origin: only whether `from` stays on it matters, not the portal's real address. */
const BASE = 'http://portal.invalid'

/**
 * Where to go after sign-in (`?from=`, NextAuth's `callbackUrl`): a path of the portal itself, or `/`.
 * Browsers read `\` as `/` and drop tabs and newlines, so `/\evil.example` or `/<TAB>/evil.example`
 * would become `//evil.example`, another site: any backslash or control character is refused outright,
 * and what is left must parse, relative to the portal, to the portal's own origin.
 * Sign-in pages and API routes are no destination.
 */
export function safePortalPath(from: string | null | undefined): string {
  if (!from || !from.startsWith('/') || from.startsWith('//')) return '/'
  if (/[\\\u0000-\u001f\u007f]/.test(from)) return '/'
  let url: URL
  try {
    url = new URL(from, BASE)
  } catch {
    return '/'
  }
  if (url.origin !== BASE) return '/'
  if (/^\/(login|api|_next)(\/|$)/.test(url.pathname)) return '/'
  return url.pathname + url.search + url.hash
}

/** NextAuth's `redirect` callback: an absolute URL of the portal, or a path made safe as above. */
export function safeCallbackUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl)
  let path = url
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    // An absolute URL counts only on the portal's own origin; its path is then checked like any `from`.
    let target: URL
    try {
      target = new URL(url)
    } catch {
      return new URL('/', base).toString()
    }
    path = target.origin === base.origin ? target.pathname + target.search + target.hash : '/'
  }
  // Sign-out lands on the sign-in page.
  return new URL(path === '/login' ? '/login' : safePortalPath(path), base).toString()
}
