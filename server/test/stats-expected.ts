import type { Kysely } from 'kysely'
import type { Database } from '../src/db/types.js'
import { addDays, todayYmd } from '../src/lib/dates.js'

/**
 * The insight figures recomputed in plain TypeScript from the raw rows, the way a person would:
 * to check the server's SQL aggregates against. Dates in Almaty come from Intl (todayYmd), not from
 * the server's SQL time-zone segments.
 */

interface RawReport {
  ref_key: string
  company_id: number
  biin: string
  company_name: string
  date_finish: string
  status_code: number
  vehicle_type_code: string
  updated_at: string
}

export interface Raw {
  reports: RawReport[]
  uploads: Map<string, string[]>
  decisions: {
    ref_key: string
    status_code: number
    reject_reason: string
    reviewer_login: string
    decided_at: string
  }[]
}

export async function loadRaw(db: Kysely<Database>): Promise<Raw> {
  const [reports, subs, decisions] = await Promise.all([
    db
      .selectFrom('reports as r')
      .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
      .innerJoin('companies as c', 'c.id', 'r.company_id')
      .select([
        'r.ref_key',
        'r.company_id',
        'c.biin',
        'c.name as company_name',
        'r.date_finish',
        'r.status_code',
        'v.vehicle_type_code',
        'r.updated_at',
      ])
      .execute(),
    db.selectFrom('submissions').select(['ref_key', 'uploaded_at']).execute(),
    db
      .selectFrom('decisions')
      .select(['ref_key', 'status_code', 'reject_reason', 'reviewer_login', 'decided_at'])
      .execute(),
  ])
  const uploads = new Map<string, string[]>()
  for (const s of subs) uploads.set(s.ref_key, [...(uploads.get(s.ref_key) ?? []), s.uploaded_at].sort())
  return { reports, uploads, decisions }
}

export interface Counts {
  due: number
  on_time: number
  late: number
  approved: number
  rejected: number
  open_overdue: number
}

export function countsOf(raw: Raw, reports: RawReport[], today: string): Counts {
  const everRejected = new Set(raw.decisions.filter((d) => d.status_code === 4).map((d) => d.ref_key))
  const c: Counts = { due: 0, on_time: 0, late: 0, approved: 0, rejected: 0, open_overdue: 0 }
  for (const r of reports) {
    c.due++
    const first = raw.uploads.get(r.ref_key)?.[0]
    if (first) {
      if (todayYmd(new Date(first)) <= r.date_finish) c.on_time++
      else c.late++
    }
    if (r.status_code === 3) c.approved++
    if (r.status_code === 4 || everRejected.has(r.ref_key)) c.rejected++
    if ((r.status_code === 1 || r.status_code === 4) && r.date_finish < today) c.open_overdue++
  }
  return c
}

/** The months ending with the current one, oldest first. */
function monthList(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1))
    return d.toISOString().slice(0, 7)
  })
}

export function expectedMonths(raw: Raw, reports: RawReport[], today: string, count: number) {
  return monthList(today, count).map((month) => ({
    month,
    ...countsOf(
      raw,
      reports.filter((r) => r.date_finish.slice(0, 7) === month),
      today,
    ),
  }))
}

export function expectedByType(raw: Raw, reports: RawReport[], today: string, count: number) {
  const months = new Set(monthList(today, count))
  const inRange = reports.filter((r) => months.has(r.date_finish.slice(0, 7)))
  const codes = [...new Set(inRange.map((r) => r.vehicle_type_code))]
  return new Map(
    codes.map((code) => [
      code,
      countsOf(
        raw,
        inRange.filter((r) => r.vehicle_type_code === code),
        today,
      ),
    ]),
  )
}

/** Reports whose last day is one of the 90 days before today. */
export const inRateWindow = (r: { date_finish: string }, today: string) =>
  r.date_finish >= addDays(today, -90) && r.date_finish <= addDays(today, -1)

export const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null)

export function expectedCompanyRow(raw: Raw, companyId: number, today: string) {
  const mine = raw.reports.filter((r) => r.company_id === companyId)
  const window = mine.filter((r) => inRateWindow(r, today))
  const c = countsOf(raw, window, today)
  const submitted = window.filter((r) => raw.uploads.has(r.ref_key))
  const rejected = countsOf(raw, submitted, today).rejected
  return {
    open_overdue: countsOf(raw, mine, today).open_overdue,
    on_time_rate_90d: rate(c.on_time, c.due),
    rejected_rate_90d: rate(rejected, submitted.length),
  }
}

/** Hours each status-2 report has waited since its latest upload, sorted. */
export function queueWaits(raw: Raw, reports: RawReport[], now: Date): number[] {
  return reports
    .filter((r) => r.status_code === 2)
    .map((r) => (now.getTime() - Date.parse(raw.uploads.get(r.ref_key)?.at(-1) ?? r.updated_at)) / 3_600_000)
    .sort((a, b) => a - b)
}
