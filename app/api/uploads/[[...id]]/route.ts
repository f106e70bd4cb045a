import { NextResponse } from 'next/server'
import { uploadFailure } from '@/components/reports/upload-failure'
import { routeAuth } from '@/lib/auth/route-auth'
import { refuseCrossSite } from '@/lib/auth/same-origin'
import { forteFetch, throwForStatus } from '@/lib/forte/client'
import { ForteApiError, toFailure } from '@/lib/forte/errors'
import { getLocale } from '@/lib/i18n/get-locale'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ id?: string[] }> }

/** The tus headers a client sends, passed on as they are. */
const REQUEST_HEADERS = [
  'tus-resumable',
  'upload-length',
  'upload-metadata',
  'upload-offset',
  'content-type',
  'content-length',
]
/** The tus headers the API answers with (and ours: the report's new status on the last byte). */
const RESPONSE_HEADERS = [
  'tus-resumable',
  'tus-version',
  'tus-extension',
  'tus-max-size',
  'upload-offset',
  'upload-length',
  'upload-expires',
  'forte-report-status',
]
const UPLOAD_ID = /^[0-9a-f]{32}$/

/**
 * /api/uploads/[id]: the browser's tus requests (tus-js-client) passed on to the API's /uploads/ with the
 * session's token. PATCH bodies stream through as they arrive (this route is outside proxy.ts, which would
 * buffer them); changes are refused from another site. The upload URL the API gives is rewritten to this
 * route's, and refusals come back in the reader's words (`{message, errors}`) with the API's status.
 */
async function forward(request: Request, { params }: Params): Promise<Response> {
  const method = request.method
  if (method !== 'HEAD' && method !== 'OPTIONS') {
    const refused = refuseCrossSite(request)
    if (refused) return refused
  }
  const gate = await routeAuth('director', 'employee')
  if ('denied' in gate) return gate.denied
  const { id = [] } = await params
  if (id.length > 1 || (id[0] !== undefined && !UPLOAD_ID.test(id[0])))
    return NextResponse.json({ message: 'Not found' }, { status: 404 })
  const headers: Record<string, string> = {}
  for (const name of REQUEST_HEADERS) {
    const v = request.headers.get(name)
    if (v !== null) headers[name] = v
  }
  const locale = await getLocale()
  try {
    const res = await forteFetch(id[0] ? `/uploads/${id[0]}` : '/uploads/', {
      auth: gate.auth,
      method,
      headers,
      body: method === 'PATCH' ? request.body : undefined,
      forwardedFor: request.headers.get('x-forwarded-for'),
      timeoutMs: 15 * 60_000,
    })
    if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) await throwForStatus(res)
    const out = new Headers({ 'cache-control': 'no-store' })
    for (const name of RESPONSE_HEADERS) {
      const v = res.headers.get(name)
      if (v !== null) out.set(name, v)
    }
    const location = res.headers.get('location')
    const created = location?.match(/\/uploads\/([0-9a-f]{32})$/)
    if (created) out.set('location', `/api/uploads/${created[1]}`)
    const body = res.status >= 400 ? await res.text() : null
    if (body === null) await res.body?.cancel()
    return new Response(body, { status: res.status, headers: out })
  } catch (e) {
    const api = e instanceof ForteApiError ? e : undefined
    const failure = uploadFailure(toFailure(e), locale, Object.keys(api?.fieldErrors ?? {}))
    return NextResponse.json(failure, { status: api?.status ?? 502, headers: { 'tus-resumable': '1.0.0' } })
  }
}

export { forward as OPTIONS, forward as POST, forward as HEAD, forward as PATCH, forward as DELETE }
