import { readParam, type SearchParams, toQuery } from '@/lib/search-params'

/** What the sign-in form may take from its URL: a BIN/IIN of 12 digits and a role; nothing else. */
export type LoginPrefill = { biin: string; role: 'director' | 'employee' }

/** `/login?biin=…&role=employee` (a director's invitation) → the form's start; anything odd is dropped. */
export function parseLoginPrefill(raw: SearchParams): LoginPrefill {
  const biin = readParam(raw, 'biin')?.trim() ?? ''
  return {
    biin: /^\d{12}$/.test(biin) ? biin : '',
    role: readParam(raw, 'role') === 'employee' ? 'employee' : 'director',
  }
}

/** The sign-in page with the company's BIN/IIN and the employee role filled in: what a director hands out. */
export const invitePath = (biin: string) => `/login${toQuery({ biin, role: 'employee' })}`
