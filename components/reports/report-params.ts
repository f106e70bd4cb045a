import { dateRangeSchema, type DateRange, type StatusCode } from '@/lib/forte/schemas/common'

/** The dashboard's view, all of it in the URL: `?status=1..4&range=1w|1m|6m|1y&vehicle=<guid or plate>&q=text`. */
export type ReportParams = { status?: StatusCode; range?: DateRange; vehicle?: string; q?: string }
type Raw = Record<string, string | string[] | undefined> | URLSearchParams

const read = (raw: Raw, key: string) => {
  const v = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key]
  return (Array.isArray(v) ? v[0] : v)?.trim() || undefined
}

/** Anything unknown means "no filter" (a hand-edited link never breaks the page). */
export function parseReportParams(raw: Raw): ReportParams {
  const status = Number(read(raw, 'status'))
  const range = dateRangeSchema.safeParse(read(raw, 'range'))
  const vehicle = read(raw, 'vehicle')
  const q = read(raw, 'q')
  return {
    status: [1, 2, 3, 4].includes(status) ? (status as StatusCode) : undefined,
    range: range.success ? range.data : undefined,
    vehicle: vehicle && vehicle.length <= 64 ? vehicle : undefined,
    q: q ? q.slice(0, 100) : undefined,
  }
}

/** The query string of a view (keys omitted when unset, stable order). */
export function reportParamsQuery(p: ReportParams): string {
  const q = new URLSearchParams()
  if (p.status) q.set('status', String(p.status))
  if (p.range) q.set('range', p.range)
  if (p.vehicle) q.set('vehicle', p.vehicle)
  if (p.q) q.set('q', p.q)
  const s = q.toString()
  return s ? `?${s}` : ''
}
