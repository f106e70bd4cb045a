import { type ExpressionBuilder, sql } from 'kysely'
import type { SIGNAL_CODES } from './signals.js'

export type SignalsFilter = 'any' | 'none' | (typeof SIGNAL_CODES)[number]

/**
 * `signals=any|none|<code>` of GET /1c/reports as a WHERE on the report (`r`): judged on its latest
 * submission, the one a reviewer watches. Dialect-neutral SQL.
 */
export function signalsWhere(filter: SignalsFilter) {
  return (eb: ExpressionBuilder<any, any>) => {
    let signals = eb
      .selectFrom('submission_signals as g')
      .select('g.submission_id')
      .where('g.submission_id', '=', sql<number>`(select max(s3.id) from submissions s3 where s3.ref_key = r.ref_key)`)
    if (filter !== 'any' && filter !== 'none') signals = signals.where('g.code', '=', filter)
    return filter === 'none' ? eb.not(eb.exists(signals)) : eb.exists(signals)
  }
}
