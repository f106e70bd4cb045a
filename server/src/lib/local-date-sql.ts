import { type Expression, type RawBuilder, sql } from 'kysely'
import { addDays, localIso } from './dates.js'

/**
 * The Almaty calendar date of a UTC ISO instant column, in SQL that SQLite and PostgreSQL read alike.
 * SQLite knows no time zones, so the zone's UTC offsets come from this runtime's tz data (Intl) as a
 * few segments (Almaty moved from UTC+6 to UTC+5 on 1 March 2024) and become one CASE: both dialects
 * give the same answer, and it stays right for instants on either side of a change.
 */

interface Segment {
  /** UTC ISO instant this offset ends at (exclusive); null for the last segment. */
  until: string | null
  offsetMinutes: number
}

const offsetAt = (t: number) => Math.round((Date.parse(`${localIso(new Date(t))}Z`) - t) / 60_000)

/** Offsets of the business zone from `from` to `to` (ms), found month by month then to the minute. */
function segments(from: number, to: number): Segment[] {
  const out: Segment[] = []
  const STEP = 28 * 86_400_000
  let current = offsetAt(from)
  for (let t = from; t < to; t += STEP) {
    const next = offsetAt(Math.min(t + STEP, to))
    if (next === current) continue
    let lo = t
    let hi = Math.min(t + STEP, to)
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2)
      if (offsetAt(mid) === current) lo = mid
      else hi = mid
    }
    out.push({ until: new Date(hi - (hi % 60_000)).toISOString(), offsetMinutes: current })
    current = next
  }
  out.push({ until: null, offsetMinutes: current })
  return out
}

// From 2010 (older instants take the first offset) to 2100: Almaty has one change in that span.
const SEGMENTS = segments(Date.UTC(2010, 0, 1), Date.UTC(2100, 0, 1))

/** The zone's offset segments, for tests. */
export const businessZoneSegments = (): readonly Segment[] => SEGMENTS

function shifted(column: Expression<unknown>, minutes: number, isPg: boolean): RawBuilder<string> {
  const by = sql.lit(`${minutes >= 0 ? '+' : ''}${minutes} minutes`)
  // PostgreSQL's `timestamp` (without zone) ignores the trailing `Z`: the text's own UTC wall time.
  return isPg
    ? sql<string>`to_char(cast(${column} as timestamp) + cast(${by} as interval), 'YYYY-MM-DD')`
    : sql<string>`date(${column}, ${by})`
}

/** `YYYY-MM-DD` in Almaty of a UTC ISO instant column (`submissions.uploaded_at`, `decisions.decided_at`). */
export function localDateSql(column: Expression<unknown>, isPg: boolean): RawBuilder<string> {
  if (SEGMENTS.length === 1) return shifted(column, SEGMENTS[0]!.offsetMinutes, isPg)
  const branches = SEGMENTS.slice(0, -1).map(
    (s) => sql`when ${column} < ${sql.lit(s.until!)} then ${shifted(column, s.offsetMinutes, isPg)}`,
  )
  return sql<string>`(case ${sql.join(branches, sql` `)} else ${shifted(column, SEGMENTS.at(-1)!.offsetMinutes, isPg)} end)`
}

/**
 * The first Almaty day whose midnight falls in the segment after `s`: days before it start at
 * `s`'s offset. (A change at local midnight, as Almaty's, makes it the change's own day.)
 */
function firstDayAfter(s: Segment): string {
  const wall = new Date(Date.parse(s.until!) + s.offsetMinutes * 60_000).toISOString()
  return wall.slice(11, 16) === '00:00' ? wall.slice(0, 10) : addDays(wall.slice(0, 10), 1)
}

function midnight(dateColumn: Expression<unknown>, plusDays: number, offsetMinutes: number, isPg: boolean) {
  // When that midnight falls on the column's own UTC date (Almaty: the end of a day is 19:00 UTC that
  // day), it is the column with a fixed time appended: no date arithmetic per row.
  const utcMinutes = plusDays * 1440 - offsetMinutes
  if (utcMinutes >= 0 && utcMinutes < 1440) {
    const hhmm = `${String(Math.floor(utcMinutes / 60)).padStart(2, '0')}:${String(utcMinutes % 60).padStart(2, '0')}`
    return sql<string>`${dateColumn} || ${sql.lit(`T${hhmm}:00.000Z`)}`
  }
  // Literals, not parameters: PostgreSQL matches a GROUP BY expression to the select list by its text.
  const days = sql.lit(`+${plusDays} days`)
  const back = sql.lit(`${-offsetMinutes} minutes`)
  return isPg
    ? sql<string>`to_char(cast(${dateColumn} as timestamp) + cast(${days} as interval) + cast(${back} as interval), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${dateColumn}, ${days}, ${back})`
}

/**
 * The UTC ISO instant (as `toISOString()` writes it) at which the Almaty day `dateColumn + plusDays`
 * begins: `dayStartUtcSql(r.date_finish, 1)` is the end of a report's last day, to compare with
 * instants as text.
 */
export function dayStartUtcSql(dateColumn: Expression<unknown>, plusDays: number, isPg: boolean): RawBuilder<string> {
  const last = SEGMENTS.at(-1)!
  if (SEGMENTS.length === 1) return midnight(dateColumn, plusDays, last.offsetMinutes, isPg)
  const branches = SEGMENTS.slice(0, -1).map(
    (s) =>
      sql`when ${dateColumn} < ${sql.lit(addDays(firstDayAfter(s), -plusDays))} then ${midnight(dateColumn, plusDays, s.offsetMinutes, isPg)}`,
  )
  return sql<string>`(case ${sql.join(branches, sql` `)} else ${midnight(dateColumn, plusDays, last.offsetMinutes, isPg)} end)`
}
