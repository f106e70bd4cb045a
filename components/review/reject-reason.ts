/** Builds the reject reason from picked common reasons, unticked checklist items and free text. */
export function appendReason(current: string, addition: string): string {
  const cur = current.trim()
  const add = addition.trim()
  if (!add) return cur
  if (!cur) return add
  // Clicking the same common reason twice does not repeat it.
  if (cur.split(/\n|;\s*/).some((part) => part.trim() === add)) return cur
  return `${cur}\n${add}`
}

/** "Не показано: 1. …; 3. …" for the checklist items the reviewer left unticked. */
export function uncheckedLine(prefix: string, items: string[], checked: boolean[]): string {
  const missing = items.map((text, i) => ({ text, i })).filter(({ i }) => !checked[i])
  if (!missing.length) return ''
  return `${prefix}: ${missing.map(({ text, i }) => `${i + 1}. ${text}`).join('; ')}`
}
