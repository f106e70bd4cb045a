import { routeAuth } from '@/lib/auth/route-auth'
import { forteFetch, segment } from '@/lib/forte/client'
import { isApiDown } from '@/lib/forte/errors'
import { isRefKeyShaped } from '@/lib/forte/ref-key'

export const dynamic = 'force-dynamic'

/** Request headers the player sends that the API needs for ranges and revalidation. */
const FORWARD_REQUEST = ['range', 'if-range', 'if-none-match', 'if-modified-since']
/** Answer headers the player needs (sizes, ranges, validators). */
const FORWARD_RESPONSE = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'etag',
  'last-modified',
  'cache-control',
]

/**
 * A report's video, streamed from the API as it comes (never held whole): Range requests pass
 * through, so the player seeks with 206 answers. Clients see their company's reports (the API
 * scopes by their bearer token); Forte staff use their 1C credentials.
 */
export async function GET(request: Request, ctx: { params: Promise<{ ref_key: string }> }) {
  const gate = await routeAuth('director', 'employee', 'staff')
  if ('denied' in gate) return gate.denied
  const { ref_key } = await ctx.params
  if (!isRefKeyShaped(ref_key)) return new Response('Видео не найдено', { status: 404 })

  const headers: Record<string, string> = {}
  for (const h of FORWARD_REQUEST) {
    const v = request.headers.get(h)
    if (v) headers[h] = v
  }
  let res: Response
  try {
    // A long ceiling: the timer covers the whole body, and a 64 MiB video may stream slowly.
    res = await forteFetch(`/reports/video/${segment(ref_key)}`, { auth: gate.auth, headers, timeoutMs: 30 * 60_000 })
  } catch (e) {
    return new Response(isApiDown(e) ? 'API недоступен' : 'Ошибка', {
      status: 502,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  if (!res.ok && res.status !== 304) {
    await res.body?.cancel()
    const status = res.status === 401 || res.status === 404 || res.status === 416 ? res.status : 502
    const out = new Headers({ 'content-type': 'text/plain; charset=utf-8' })
    const cr = res.headers.get('content-range')
    if (cr) out.set('content-range', cr)
    return new Response(status === 404 ? 'Видео не найдено' : 'Видео недоступно', { status, headers: out })
  }
  const out = new Headers()
  for (const h of FORWARD_RESPONSE) {
    const v = res.headers.get(h)
    if (v) out.set(h, v)
  }
  // The body is the upstream stream itself: a cancelled request cancels the upstream read too.
  return new Response(res.status === 304 ? null : res.body, { status: res.status, headers: out })
}
