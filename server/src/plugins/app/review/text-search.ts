import { sql } from 'kysely'

/** `%q%` for LIKE with the wildcards in the user's text escaped. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * The reviewers' search box as a condition: `q` (trimmed, any case, wildcards taken literally) appears
 * in one of `columns`. Dialect-neutral (`lower(...) like ... escape`), for SQLite and PostgreSQL alike.
 */
export function containsText(columns: readonly string[], q: string) {
  const p = likePattern(q.trim())
  const each = columns.map((col) => sql<boolean>`lower(${sql.ref(col)}) like ${p} escape '\\'`)
  return sql<boolean>`(${sql.join(each, sql` or `)})`
}
