/** The workspace's keyboard shortcuts (A, R, J, K, Space, ?). */
export type ShortcutAction = 'approve' | 'reject' | 'next' | 'prev' | 'toggle-play' | 'help'

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
    default:
      return null
  }
}
