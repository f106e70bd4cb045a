import { NextResponse } from 'next/server'
import { reportsText } from '@/components/reports/reports-text'
import { uploadFailure } from '@/components/reports/upload-failure'
import { routeAuth } from '@/lib/auth/route-auth'
import { refuseCrossSite } from '@/lib/auth/same-origin'
import { throwForStatus } from '@/lib/forte/client'
import { ForteApiError, toFailure } from '@/lib/forte/errors'
import { forteStreamPost } from '@/lib/forte/stream-upload'
import { getLocale } from '@/lib/i18n/get-locale'
import { MAX_VIDEO_BYTES, type UploadFailure } from '@/lib/schemas/video-file'

export const dynamic = 'force-dynamic'

/** Room for the multipart boundaries and the four text fields. */
const FORM_OVERHEAD = 64 * 1024

const fail = (status: number, body: UploadFailure) => NextResponse.json(body, { status })

/**
 * POST /api/reports/upload: the browser's multipart body (file, ref_key, time_sent, lat, long)
 * streamed on to the API's /reports/upload as it arrives, at the API's pace (a bounded buffer). The API checks the
 * MP4 signature, size, fields and the report's status; its refusals come back in Russian.
 */
export async function POST(request: Request) {
  const refused = refuseCrossSite(request)
  if (refused) return refused
  const gate = await routeAuth('director', 'employee')
  if ('denied' in gate) return gate.denied
  const locale = await getLocale()
  const text = reportsText(locale)
  const type = request.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('multipart/form-data')) return fail(415, { message: text.notAForm })
  const length = Number(request.headers.get('content-length'))
  // Refuse a declared oversize before reading a byte of it.
  if (length > MAX_VIDEO_BYTES + FORM_OVERHEAD) return fail(413, uploadFailure('too-large', locale))
  if (!request.body) return fail(400, { message: text.emptyRequest })

  const headers: Record<string, string> = { 'content-type': type }
  if (length > 0) headers['content-length'] = String(length)
  try {
    const res = await forteStreamPost('/reports/upload', request.body, {
      auth: gate.auth,
      headers,
      timeoutMs: 15 * 60_000,
    })
    if (!res.ok) await throwForStatus(res)
    return NextResponse.json({ message: text.sentOk }, { status: 201 })
  } catch (e) {
    const api = e instanceof ForteApiError ? e : undefined
    return fail(api?.status ?? 502, uploadFailure(toFailure(e), locale, Object.keys(api?.fieldErrors ?? {})))
  }
}
