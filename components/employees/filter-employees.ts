/** The fields of an employee the table shows (the API's `/employee/list` item). */
export type EmployeeRow = { id: number; first_name: string; mobile: string }

const digits = (s: string) => s.replace(/\D/g, '')

/**
 * Search over name, mobile and id. Mobiles are stored as 8XXXXXXXXXX while the table shows
 * +7 (XXX) …, so a query typed either way ("+7 778", "8778", "778 157") finds the number.
 */
export function filterEmployees<T extends EmployeeRow>(rows: T[], query: string | undefined): T[] {
  const q = (query ?? '').trim().toLowerCase()
  if (!q) return rows
  const qDigits = digits(q)
  const hasLetters = /\p{L}/u.test(q)
  return rows.filter((r) => {
    if (r.first_name.toLowerCase().includes(q)) return true
    if (hasLetters || !qDigits) return false
    if (String(r.id) === qDigits) return true
    const m = digits(r.mobile)
    const national = m.length === 11 && /^[78]/.test(m) ? m.slice(1) : m
    const qNational = /^\s*\+?[78]/.test(q) && qDigits.length > 1 ? qDigits.slice(1) : qDigits
    return m.includes(qDigits) || national.includes(qNational)
  })
}
