import { parseApiDateTime } from '@/lib/format/dates'

/**
 * One line of a report's history, read loosely from `GET /1c/reports/{ref_key}`'s `history`
 * (the API's names for "who" and "when" are accepted in their common spellings).
 */
export type HistoryLine = {
  kind: 'submission' | 'decision'
  at: string
  who: string
  statusCode?: number
  reason?: string
  time_sent?: string
  /** "Директор" / "Сотрудник" for who sent a video. */
  role?: string
  lat?: number
  long?: number
}

type Loose = Record<string, unknown>
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
const pick = (o: Loose, ...keys: string[]) => keys.map((k) => str(o[k])).find(Boolean)

function whoOf(o: Loose): string {
  const nested = [o.by, o.who, o.reviewer, o.user, o.actor].find((v): v is Loose => typeof v === 'object' && v !== null)
  if (nested) {
    const name = pick(nested, 'display_name', 'name', 'full_name', 'first_name', 'login')
    if (name) return name
  }
  return (
    pick(
      o,
      'reviewer_name',
      'user_name',
      'reviewer_display_name',
      'display_name',
      'sender_name',
      'by',
      'who',
      'name',
      'reviewer_login',
      'login',
    ) ?? ''
  )
}

export function historyLine(o: Loose): HistoryLine {
  const kindRaw = (pick(o, 'kind', 'type', 'event') ?? '').toLowerCase()
  const statusCode = typeof o.status_code === 'number' ? o.status_code : undefined
  const kind: HistoryLine['kind'] =
    kindRaw.startsWith('decision') || (!kindRaw.startsWith('sub') && statusCode !== undefined && statusCode !== 2)
      ? 'decision'
      : 'submission'
  return {
    kind,
    at: pick(o, 'at', 'decided_at', 'uploaded_at', 'created_at', 'time') ?? pick(o, 'time_sent') ?? '',
    who: whoOf(o),
    statusCode,
    reason: pick(o, 'reject_reason', 'reason'),
    time_sent: pick(o, 'time_sent'),
    role: pick(o, 'user_role'),
    lat: typeof o.lat === 'number' ? o.lat : undefined,
    long: typeof o.long === 'number' ? o.long : undefined,
  }
}

/** Oldest first, as the API orders it; the latest decision is what a 409 points at. */
export const historyLines = (entries: Loose[]) => entries.map(historyLine)

export function latestDecision(lines: HistoryLine[]): HistoryLine | undefined {
  return [...lines].reverse().find((l) => l.kind === 'decision')
}

/** An instant from the API: UTC ISO (`*_at`) or Almaty wall time without an offset (`time_sent`). */
export function instantOf(s: string | undefined): Date | undefined {
  if (!s) return undefined
  const hasZone = /[zZ]$|[+-]\d{2}:?\d{2}$/.test(s)
  const d = hasZone ? new Date(s) : parseApiDateTime(s)
  return Number.isNaN(d.getTime()) ? undefined : d
}
