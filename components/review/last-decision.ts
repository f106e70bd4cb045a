/**
 * The reviewer's last decision in this tab, for the undo offer on the next page. Kept in
 * sessionStorage (never in the URL): a shared or copied link carries no one's undo.
 */
export type LastDecision = {
  code: 3 | 4
  refKey: string
  reportNumber: string
  /** Until when (this browser's clock, ms) the undo is offered. */
  until: number
}

const KEY = 'forte-review-last-decision'

export function rememberDecision(d: LastDecision) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(d))
  } catch {
    // Storage off (private mode quotas): the notice then offers no undo, the decision stands.
  }
}

/** The stored text as it is (a stable snapshot for `useSyncExternalStore`); null when none or no storage. */
export function storedDecision(): string | null {
  try {
    return sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

/** The remembered decision (`storedDecision()`) when it is the one the page confirms (`code`), else undefined. */
export function lastDecision(stored: string | null, code: number): LastDecision | undefined {
  try {
    const d = JSON.parse(stored ?? 'null') as Partial<LastDecision> | null
    if (!d || d.code !== code || typeof d.refKey !== 'string' || typeof d.until !== 'number') return undefined
    return { code: d.code, refKey: d.refKey, reportNumber: String(d.reportNumber ?? ''), until: d.until }
  } catch {
    return undefined
  }
}

export function forgetDecision() {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // nothing to forget
  }
}
