import type { DetailedError, Upload } from 'tus-js-client'
import type { UploadFailure } from '@/lib/schemas/video-file'
import { sendUpload, type UploadResult } from './upload-request'

/** tus-js-client comes with the first upload, not with the page; the form asks for it early (on focus). */
export const loadTus = () => import('tus-js-client')

/** Where an upload stands: bytes the server has, speed over the last seconds, and the time left at that speed. */
export type UploadProgress = {
  sent: number
  total: number
  bytesPerSecond: number | null
  secondsLeft: number | null
  /** The offset a previous attempt (an earlier page, a cut connection) had reached, when it resumed. */
  resumedFrom: number | null
  /** The connection dropped: it goes on by itself when the network is back. */
  waiting: boolean
}

const ENDPOINT = '/api/uploads/'
/** Each PATCH carries at most this much: a cut costs at most the bytes of one piece not yet on disk. */
const CHUNK_BYTES = 4 * 1024 * 1024
/** Waits between retries of a failed request; after them, the upload waits for the network and goes on. */
const RETRY_DELAYS = [0, 1000, 2000, 3000, 5000, 8000, 10_000, 15_000, 20_000, 30_000]
const SPEED_WINDOW_MS = 5000
/** The session's access token lasts minutes: refresh it (through proxy.ts) this often during a long upload. */
const REFRESH_EVERY_MS = 60_000

const refreshSession = () => fetch('/api/me', { cache: 'no-store' }).catch(() => undefined)

/** Does the API behind the portal speak tus? (An API without /uploads/ gets the single request.) */
async function resumableAvailable(): Promise<boolean> {
  const res = await fetch(ENDPOINT, { method: 'OPTIONS', cache: 'no-store' }).catch(() => null)
  return Boolean(res?.ok && res.headers.get('tus-version'))
}

/** The HTTP status of tus-js-client's DetailedError (0: no answer at all). */
const statusOf = (e: unknown) => (e as Partial<DetailedError> | null)?.originalResponse?.getStatus() ?? 0

/** The refusal the portal route words as `{message, errors}`. */
function failureOf(e: unknown): UploadResult {
  const status = statusOf(e)
  let body: Partial<UploadFailure> = {}
  try {
    body = JSON.parse((e as DetailedError).originalResponse?.getBody() ?? '{}') as Partial<UploadFailure>
  } catch {
    // not JSON: the status speaks alone
  }
  return { ok: false, status, message: body.message, errors: body.errors }
}

/** Speed over the last few seconds of progress samples. */
function speedMeter() {
  const samples: { t: number; bytes: number }[] = []
  return (bytes: number) => {
    const t = Date.now()
    samples.push({ t, bytes })
    while (samples.length > 2 && t - samples[0]!.t > SPEED_WINDOW_MS) samples.shift()
    const first = samples[0]!
    const dt = (t - first.t) / 1000
    return dt >= 0.5 ? Math.max(0, (bytes - first.bytes) / dt) : null
  }
}

/**
 * Sends a report's video by tus (tus-js-client, through /api/uploads): in 4 MiB pieces, retried on a
 * dropped connection and resumed from the server's offset, also after a reload (the upload URL is kept
 * in localStorage under a fingerprint of the report and the file, so choosing the same file resumes).
 * Falls back to the single request when the API has no /uploads/.
 */
export async function sendVideo(
  fields: Record<string, string>,
  file: File,
  onProgress: (p: UploadProgress) => void,
): Promise<UploadResult> {
  await refreshSession()
  if (!(await resumableAvailable()))
    return sendUpload(fields, file, (f) =>
      onProgress({
        sent: f * file.size,
        total: file.size,
        bytesPerSecond: null,
        secondsLeft: null,
        resumedFrom: null,
        waiting: false,
      }),
    )

  const { Upload: TusUpload } = await loadTus()
  let refreshedAt = Date.now()
  let resumedFrom: number | null = null
  let resumed = false
  let waiting = false
  let lastSent = 0
  const speed = speedMeter()
  const report = (sent: number) => {
    lastSent = sent
    if (resumed && resumedFrom === null) resumedFrom = sent
    // While the network is gone, the last speed says nothing about the time left.
    const bps = waiting ? null : speed(sent)
    const left = bps ? (file.size - sent) / bps : null
    onProgress({ sent, total: file.size, bytesPerSecond: bps, secondsLeft: left, resumedFrom, waiting })
  }

  return new Promise<UploadResult>((resolve) => {
    const upload: Upload = new TusUpload(file, {
      endpoint: ENDPOINT,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      metadata: { ...fields, filename: file.name },
      fingerprint: async () => ['forte-tus', fields.ref_key, file.name, file.size, file.lastModified].join(':'),
      removeFingerprintOnSuccess: true,
      // A dropped network is retried even while the browser says it is offline (the default gives up).
      onShouldRetry: (err) => {
        const status = statusOf(err)
        const retry = status === 0 || status === 423 || status === 502 || status === 504
        if (retry && status === 0) {
          waiting = true
          report(lastSent)
        }
        return retry
      },
      onBeforeRequest: async () => {
        if (Date.now() - refreshedAt < REFRESH_EVERY_MS) return
        refreshedAt = Date.now()
        await refreshSession()
      },
      onProgress: (sent) => {
        waiting = false
        report(sent)
      },
      onSuccess: () => resolve({ ok: true }),
      onError: (err) => {
        // Out of retries while offline: go on once the network is back.
        if (statusOf(err) === 0 && !navigator.onLine) {
          window.addEventListener('online', () => upload.start(), { once: true })
          return
        }
        resolve(failureOf(err))
      },
    })
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) {
        resumed = true
        upload.resumeFromPreviousUpload(previous[0])
      }
      upload.start()
    })
  })
}
