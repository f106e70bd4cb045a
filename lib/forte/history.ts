import type { HistoryEntry } from './schemas/review'

type Submitted = Extract<HistoryEntry, { kind: 'submission' }>
type Decided = Extract<HistoryEntry, { kind: 'decision' }>
type Undone = Extract<HistoryEntry, { kind: 'undo' }>

/** The fields of `GET /1c/reports/{ref_key}`'s `history` that a line shows. */
type Entry =
  | Pick<Submitted, 'kind' | 'at' | 'user_name' | 'user_role'>
  | (Pick<Decided, 'kind' | 'at' | 'status_code' | 'reject_reason' | 'reviewer_name'> & { undone_at?: string | null })
  | Pick<Undone, 'kind' | 'at' | 'status_code' | 'reviewer_name'>

/** One line of a report's history: what happened, when (a UTC instant), who. */
export type HistoryLine = {
  kind: 'submission' | 'decision' | 'undo'
  at: string
  who: string
  /** "Директор" / "Сотрудник" for who sent a video. */
  role?: string
  /** A decision's status, or the status an undo took back. */
  statusCode?: number
  reason?: string
  /** A decision that its reviewer took back later (an `undo` line follows). */
  undone?: boolean
}

const lineOf = (e: Entry): HistoryLine => {
  if (e.kind === 'submission') return { kind: e.kind, at: e.at, who: e.user_name, role: e.user_role || undefined }
  if (e.kind === 'undo') return { kind: e.kind, at: e.at, who: e.reviewer_name, statusCode: e.status_code }
  return {
    kind: e.kind,
    at: e.at,
    who: e.reviewer_name,
    statusCode: e.status_code,
    reason: e.reject_reason || undefined,
    undone: Boolean(e.undone_at),
  }
}

/** Oldest first, as the API orders it. */
export const historyLines = (entries: readonly Entry[]) => entries.map(lineOf)

/** The latest decision that stands is what a 409 points at. */
export function latestDecision(lines: HistoryLine[]): HistoryLine | undefined {
  return lines.findLast((l) => l.kind === 'decision' && !l.undone)
}
