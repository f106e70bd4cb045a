import type { UploadFailure } from '@/lib/schemas/video-file'

/** `status` 0: the portal could not be reached; `message` is the portal's own sentence when it answered one. */
export type UploadResult = { ok: true } | ({ ok: false; status: number } & Partial<UploadFailure>)

/**
 * Sends the form to the portal's streaming route with XMLHttpRequest (fetch has no upload
 * progress). Text fields go first so the API can refuse a wrong report before the file arrives.
 */
export async function sendUpload(
  fields: Record<string, string>,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  // The upload route bypasses proxy.ts (it would buffer the body), so let the proxy refresh a
  // near-expired access token first: the form may have been open for longer than its 5 minutes.
  await fetch('/api/me', { cache: 'no-store' }).catch(() => undefined)
  const body = new FormData()
  for (const [k, v] of Object.entries(fields)) body.append(k, v)
  body.append('file', file, file.name)
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/reports/upload')
    xhr.responseType = 'json'
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total)
    }
    xhr.onload = () => {
      if (xhr.status === 201) return resolve({ ok: true })
      const r = (xhr.response ?? {}) as Partial<UploadFailure>
      resolve({ ok: false, status: xhr.status, message: r.message, errors: r.errors })
    }
    xhr.onerror = () => resolve({ ok: false, status: 0 })
    xhr.send(body)
  })
}
