import { DATE_RANGES, type DateRange, STATUS_CODES, type StatusCode } from '@/lib/forte/codes'

/** A page's `searchParams` as Next gives them: a key may stand more than once (`?v=a&v=b`). */
export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a search param: a hand-edited link that repeats a key never breaks a page. */
export const firstParam = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)

/** The first value of `key`, trimmed; undefined when missing or blank. Reads a page's params or a URL's. */
export function readParam(raw: SearchParams | URLSearchParams, key: string): string | undefined {
  const v = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : firstParam(raw[key])
  return v?.trim() || undefined
}

/** A report status code 1..4, or undefined for anything else ("no filter", never an error page). */
export const statusParam = (v: string | undefined): StatusCode | undefined => STATUS_CODES.find((c) => c === Number(v))

/** A period code (`1w`, `1m`, `6m`, `1y`), or undefined. */
export const rangeParam = (v: string | undefined): DateRange | undefined => DATE_RANGES.find((r) => r === v)

/** A whole number from 1 to `max` (a page, a count of copies); 1 for anything else. */
export function positiveIntParam(v: string | undefined, max = 10_000): number {
  const n = Math.floor(Number(v))
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1
}

/**
 * The one query-string builder: `?a=1&b=x` of the values that are set (undefined, null and '' are left
 * out), in the order given; '' when none is. For page links, filters and API calls alike.
 */
export function toQuery(values: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}
