import 'server-only'
import { routeAuth } from '@/lib/auth/route-auth'
import { forteFetch, segment } from '@/lib/forte/client'
import { isApiDown } from '@/lib/forte/errors'
import { isRefKeyShaped } from '@/lib/forte/ref-key'

/** Request headers the player sends that the API needs for ranges and revalidation. */
const FORWARD_REQUEST = ['range', 'if-range', 'if-none-match', 'if-modified-since']
/** Answer headers the player needs (sizes, ranges, validators), and which rendition it got. */
const FORWARD_RESPONSE = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'etag',
  'last-modified',
  'cache-control',
  'forte-rendition',
]

/** How long a poster or thumbnail strip may take in all (they are tens of KiB). */
const PICTURE_TIMEOUT_MS = 3_000

const text = (body: string, status: number, headers?: HeadersInit) => {
  const out = new Headers(headers)
  out.set('content-type', 'text/plain; charset=utf-8')
  return new Response(body, { status, headers: out })
}

/**
 * A report's video, poster or thumbnail strip, streamed from the API as it comes (never held whole):
 * the session's credentials are checked here, the company's ownership by the API (clients see their
 * company's reports through their bearer token; Forte staff use 1C), Range and validators pass through.
 */
export async function streamMediaFile(
  request: Request,
  refKey: string,
  kind: 'video' | 'poster' | 'thumbs',
  query = '',
): Promise<Response> {
  const gate = await routeAuth('director', 'employee', 'staff')
  if ('denied' in gate) return gate.denied
  const [missing, failed] =
    kind === 'video' ? ['Видео не найдено', 'Видео недоступно'] : ['Кадр не найден', 'Кадр недоступен']
  if (!isRefKeyShaped(refKey)) return text(missing, 404)

  const headers: Record<string, string> = {}
  for (const h of FORWARD_REQUEST) {
    const v = request.headers.get(h)
    if (v) headers[h] = v
  }
  let res: Response
  try {
    // A long ceiling for a video: the timer covers the whole body, and a 64 MiB video may stream slowly.
    // A picture gets a short one: a hung API must not hold a page's load (the picture is then left out).
    res = await forteFetch(`/reports/${kind}/${segment(refKey)}${query}`, {
      auth: gate.auth,
      headers,
      timeoutMs: kind === 'video' ? 30 * 60_000 : PICTURE_TIMEOUT_MS,
    })
  } catch (e) {
    return text(isApiDown(e) ? 'API недоступен' : 'Ошибка', 502)
  }
  if (!res.ok && res.status !== 304) {
    await res.body?.cancel()
    // 404 also for an API without posters (the real ForteLeasing API): the page then shows none.
    const status = res.status === 401 || res.status === 404 || res.status === 416 ? res.status : 502
    const cr = res.headers.get('content-range')
    return text(status === 404 ? missing : failed, status, cr ? { 'content-range': cr } : undefined)
  }
  const out = new Headers()
  for (const h of FORWARD_RESPONSE) {
    const v = res.headers.get(h)
    if (v) out.set(h, v)
  }
  // The body is the upstream stream itself: a cancelled request cancels the upstream read too.
  return new Response(res.status === 304 ? null : res.body, { status: res.status, headers: out })
}
