import { NextResponse } from 'next/server'
import { routeAuth } from '@/lib/auth/route-auth'
import { refuseCrossSite } from '@/lib/auth/same-origin'
import { forteFetch, throwForStatus } from '@/lib/forte/client'
import { ForteApiError, describeForteError } from '@/lib/forte/errors'
import { MAX_VIDEO_BYTES, UPLOAD_FIELD_MESSAGES, type UploadFailure } from '@/lib/schemas/upload'

export const dynamic = 'force-dynamic'

/** Room for the multipart boundaries and the four text fields. */
const FORM_OVERHEAD = 64 * 1024

const fail = (status: number, body: UploadFailure) => NextResponse.json(body, { status })

/** A Russian sentence for the API's refusal of an upload. */
function uploadMessage(e: unknown): UploadFailure {
  if (e instanceof ForteApiError) {
    if (e.status === 409) return { message: 'Отчёт уже не ожидает видео: обновите страницу' }
    if (e.status === 404) return { message: 'Отчёт не найден среди отчётов вашей компании' }
    if (e.status === 415)
      return { message: 'Файл не является видео MP4', errors: { file: 'Файл не является видео MP4' } }
    if (e.status === 413) return { message: 'Файл больше 64 МБ', errors: { file: 'Файл больше 64 МБ' } }
    if (e.status === 422) {
      const errors = Object.fromEntries(
        Object.keys(e.fieldErrors).map((k) => [k, UPLOAD_FIELD_MESSAGES[k] ?? 'Неверное значение']),
      )
      return { message: 'Проверьте введённые данные', errors }
    }
  }
  return { message: describeForteError(e) }
}

/**
 * POST /api/reports/upload: the browser's multipart body (file, ref_key, time_sent, lat, long)
 * streamed on to the API's /reports/upload as it arrives, never buffered here. The API checks the
 * MP4 signature, size, fields and the report's status; its refusals come back in Russian.
 */
export async function POST(request: Request) {
  const refused = refuseCrossSite(request)
  if (refused) return refused
  const gate = await routeAuth('director', 'employee')
  if ('denied' in gate) return gate.denied
  const type = request.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('multipart/form-data'))
    return fail(415, { message: 'Ожидалась форма с видеофайлом' })
  const length = Number(request.headers.get('content-length'))
  // Refuse a declared oversize before reading a byte of it.
  if (length > MAX_VIDEO_BYTES + FORM_OVERHEAD)
    return fail(413, { message: 'Файл больше 64 МБ', errors: { file: 'Файл больше 64 МБ' } })
  if (!request.body) return fail(400, { message: 'Пустой запрос' })

  const headers: Record<string, string> = { 'content-type': type }
  if (length > 0) headers['content-length'] = String(length)
  try {
    const res = await forteFetch('/reports/upload', {
      auth: gate.auth,
      method: 'POST',
      body: request.body,
      headers,
      timeoutMs: 15 * 60_000,
    })
    if (!res.ok) await throwForStatus(res)
    await res.body?.cancel()
    return NextResponse.json({ message: 'Отправлено' }, { status: 201 })
  } catch (e) {
    const status = e instanceof ForteApiError ? e.status : 502
    return fail(status, uploadMessage(e))
  }
}
