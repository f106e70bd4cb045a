import { sql } from 'kysely'
import type { SIGNAL_CODES } from './signals.js'

export type SignalsFilter = 'any' | 'none' | (typeof SIGNAL_CODES)[number]

/**
 * `signals=any|none|<code>` of GET /1c/reports as a condition on the report `r`, judged on its latest
 * submission (the one a reviewer watches). Dialect-neutral SQL.
 */
export function signalsWhere(filter: SignalsFilter) {
  const code = filter === 'any' || filter === 'none' ? sql`` : sql` and g.code = ${filter}`
  const exists = sql`exists (select 1 from submission_signals g
    where g.submission_id = (select max(s3.id) from submissions s3 where s3.ref_key = r.ref_key)${code})`
  return filter === 'none' ? sql<boolean>`not ${exists}` : sql<boolean>`${exists}`
}
