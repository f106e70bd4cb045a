import type { Kysely } from 'kysely'
import type { Database } from '../../../db/types.js'
import { SIGNAL_CODES, type Signal } from './signals.js'

/**
 * `media` and `signals` of submission objects (api-contract.md "Media and review signals"), for every
 * endpoint that shows a submission: load them for a page of submissions at once, then attach.
 */
export interface SubmissionMedia {
  media: {
    status: 'processing' | 'ready' | 'failed'
    duration_s: number | null
    width: number | null
    height: number | null
    bitrate_kbps: number | null
    recorded_at: string | null
    sha256: string | null
    renditions: ('original' | 'review')[]
    error: string | null
  }
  signals: Signal[]
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
const severityRank = { warn: 0, info: 1 } as const

/** Before its job row exists (it is created with the submission, so only for a moment): processing. */
const PENDING: SubmissionMedia['media'] = {
  status: 'processing',
  duration_s: null,
  width: null,
  height: null,
  bitrate_kbps: null,
  recorded_at: null,
  sha256: null,
  renditions: ['original'],
  error: null,
}

/** `{media, signals}` by submission id (every id gets an entry). */
export async function mediaOfSubmissions(db: Kysely<Database>, ids: number[]): Promise<Map<number, SubmissionMedia>> {
  const out = new Map<number, SubmissionMedia>(ids.map((id) => [id, { media: PENDING, signals: [] }]))
  if (!ids.length) return out
  const [rows, signals] = await Promise.all([
    db.selectFrom('submission_media').selectAll().where('submission_id', 'in', ids).execute(),
    db
      .selectFrom('submission_signals')
      .select(['submission_id', 'code', 'severity', 'message', 'detail'])
      .where('submission_id', 'in', ids)
      .orderBy('id')
      .execute(),
  ])
  for (const m of rows) {
    out.get(m.submission_id)!.media = {
      status: m.status,
      duration_s: num(m.duration_s),
      width: num(m.width),
      height: num(m.height),
      bitrate_kbps: num(m.bitrate_kbps),
      recorded_at: m.recorded_at,
      sha256: m.sha256,
      renditions: m.status === 'ready' && m.review_file ? ['original', 'review'] : ['original'],
      error: m.status === 'failed' ? (m.error ?? 'Processing failed.') : null,
    }
  }
  for (const s of signals) {
    out.get(s.submission_id)!.signals.push({
      code: s.code as Signal['code'],
      severity: s.severity as Signal['severity'],
      message: s.message,
      detail: JSON.parse(s.detail) as Record<string, unknown>,
    })
  }
  // Warnings first, then in the contract's order of codes.
  for (const v of out.values()) {
    v.signals.sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        SIGNAL_CODES.indexOf(a.code) - SIGNAL_CODES.indexOf(b.code),
    )
  }
  return out
}

/** One submission's `{media, signals}`. */
export async function mediaOfSubmission(db: Kysely<Database>, id: number): Promise<SubmissionMedia> {
  return (await mediaOfSubmissions(db, [id])).get(id)!
}
