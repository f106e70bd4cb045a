/** The workspace's keyboard shortcuts (A, R, J, K, Space, ←/→, [/], 1–6, P, ?). */
export type ShortcutAction =
  | 'approve'
  | 'reject'
  | 'next'
  | 'prev'
  | 'toggle-play'
  | 'help'
  | 'seek-back'
  | 'seek-forward'
  | 'slower'
  | 'faster'
  | 'previous-video'
  /** A common reason by its number 1–6. */
  | `reason-${number}`

type KeyLike = {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  target?: EventTarget | null
}

/** True while the person types (inputs, textareas, selects, contenteditable): shortcuts stay off then. */
export function isTypingTarget(t: EventTarget | null | undefined): boolean {
  const el = t as { tagName?: string; isContentEditable?: boolean; type?: string } | null | undefined
  if (!el || typeof el.tagName !== 'string') return false
  const tag = el.tagName.toUpperCase()
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return true
  if (tag !== 'INPUT') return false
  // Checkboxes and buttons take no text: the checklist stays keyboard-friendly with shortcuts on.
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((el.type ?? 'text').toLowerCase())
}

/** The action for a keydown, or null (modifier chords and typing are left to the browser). */
export function shortcutFor(e: KeyLike): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  if (isTypingTarget(e.target)) return null
  switch (e.key) {
    case 'a':
    case 'A':
    case 'ф':
    case 'Ф':
      return 'approve'
    case 'r':
    case 'R':
    case 'к':
    case 'К':
      return 'reject'
    case 'j':
    case 'J':
    case 'о':
    case 'О':
      return 'next'
    case 'k':
    case 'K':
    case 'л':
    case 'Л':
      return 'prev'
    case ' ':
    case 'Spacebar':
      return 'toggle-play'
    case '?':
      return 'help'
    case 'ArrowLeft':
      return 'seek-back'
    case 'ArrowRight':
      return 'seek-forward'
    case '[':
    case 'х':
    case 'Х':
      return 'slower'
    case ']':
    case 'ъ':
    case 'Ъ':
      return 'faster'
    case 'p':
    case 'P':
    case 'з':
    case 'З':
      return 'previous-video'
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
      return `reason-${Number(e.key)}`
    default:
      return null
  }
}

/** Ctrl+Enter (⌘+Enter): send the rejection wherever the focus is. */
export const isSendChord = (e: KeyLike) => e.key === 'Enter' && Boolean(e.ctrlKey || e.metaKey) && !e.altKey

/** The next playback rate up (`faster`) or down from `current`, staying within `rates`. */
export function stepRate(rates: readonly number[], current: number, faster: boolean): number {
  if (faster) return rates.find((r) => r > current + 1e-9) ?? rates.at(-1)!
  return rates.findLast((r) => r < current - 1e-9) ?? rates[0]!
}
