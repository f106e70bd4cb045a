import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { addDays, addMonths, instantOfLocal, todayYmd } from '../../../lib/dates.js'
import { formatReport } from '../../../lib/report-format.js'
import type { CountsRow, Scope } from './stats-repository.js'

declare module 'fastify' {
  interface FastifyInstance {
    statsService: ReturnType<typeof createStatsService>
  }
}

/** The rates' window: reports whose last day is one of the 90 days before today (their deadline has passed). */
const RATE_DAYS = 90
/** Decisions per reviewer per day: the last 30 Almaty days, today included. */
const REVIEWER_DAYS = 30
/** The top reject reasons of decisions made in the last 90 × 24 hours. */
const REASON_HOURS = 90 * 24
const TOP_REASONS = 10
/** The director's list of open overdue reports: the longest overdue first, at most this many. */
const OVERDUE_LISTED = 100

/** The months of the answer, oldest first: the current Almaty month and the `count - 1` before it. */
function monthsEnding(today: string, count: number): string[] {
  const first = `${today.slice(0, 7)}-01`
  return Array.from({ length: count }, (_, i) => addMonths(first, i - count + 1).slice(0, 7))
}

const lastDayOf = (month: string) => addDays(addMonths(`${month}-01`, 1), -1)
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null)
const hoursSince = (iso: string, now: Date) => Math.round((now.getTime() - Date.parse(iso)) / 360_000) / 10

/** The contract's counts of a group of reports. */
const counts = (c: CountsRow) => ({
  due: c.due,
  on_time: c.on_time,
  late: c.submitted - c.on_time,
  approved: c.approved,
  rejected: c.rejected,
  open_overdue: c.open_overdue,
})
const ZERO: CountsRow = { due: 0, on_time: 0, submitted: 0, approved: 0, rejected: 0, open_overdue: 0 }

const add = (a: CountsRow, b: CountsRow): CountsRow => ({
  due: a.due + b.due,
  on_time: a.on_time + b.on_time,
  submitted: a.submitted + b.submitted,
  approved: a.approved + b.approved,
  rejected: a.rejected + b.rejected,
  open_overdue: a.open_overdue + b.open_overdue,
})

/** `/reports/stats` and `/1c/stats` (api-contract.md "Insights and reminders"), shaped from the repository's sums. */
export function createStatsService(fastify: FastifyInstance) {
  const repo = fastify.statsRepository

  /** What both answers share: months, vehicle types, the 90-day on-time rate; from one pass. */
  async function common(scope: Scope, monthCount: number, now: Date) {
    const today = todayYmd(now)
    const months = monthsEnding(today, monthCount)
    const from = `${months[0]}-01`
    const to = lastDayOf(months.at(-1)!)
    const rateFrom = addDays(today, -RATE_DAYS)
    const rateTo = addDays(today, -1)
    const [days, types] = await Promise.all([
      repo.byDayAndType(scope, from < rateFrom ? from : rateFrom, to),
      repo.vehicleTypes(),
    ])
    const inMonths = new Set(months)
    const byMonth = new Map<string, CountsRow>()
    const byType = new Map<string, CountsRow>()
    let recent = ZERO
    for (const { date_finish: day, vehicle_type_code: type, open, ...sums } of days) {
      const g = { ...sums, open_overdue: day < today ? open : 0 }
      if (day >= rateFrom && day <= rateTo) recent = add(recent, g)
      const month = day.slice(0, 7)
      if (!inMonths.has(month)) continue
      byMonth.set(month, add(byMonth.get(month) ?? ZERO, g))
      byType.set(type, add(byType.get(type) ?? ZERO, g))
    }
    const titles = new Map(types.map((t) => [t.code, t.title]))
    return {
      today,
      months: months.map((month) => ({ month, ...counts(byMonth.get(month) ?? ZERO) })),
      by_vehicle_type: [...byType]
        .map(([code, c]) => ({ vehicle_type_code: code, vehicle_type_title: titles.get(code) ?? '', ...counts(c) }))
        .sort((a, b) => b.due - a.due || a.vehicle_type_title.localeCompare(b.vehicle_type_title, 'ru')),
      on_time_rate: rate(recent.on_time, recent.due),
    }
  }

  /** One company, for its director: plus its open overdue reports (all of them counted, the first 100 listed). */
  async function forCompany(companyId: number, monthCount: number, now = new Date()) {
    const { today, ...answer } = await common(companyId, monthCount, now)
    const [overdue, total] = await Promise.all([
      repo.overdueReports(companyId, today, OVERDUE_LISTED),
      repo.openOverdueByCompany(companyId, today),
    ])
    return {
      ...answer,
      overdue_total: total.get(companyId) ?? 0,
      overdue_reports: overdue.map((r) => formatReport(r, today)),
    }
  }

  /** Every company's row: open overdue now, the 90-day rates; most overdue first, then by name. */
  async function companyRows(scope: Scope, today: string) {
    const [list, windows, overdue] = await Promise.all([
      repo.companies(scope),
      repo.companyWindows(scope, addDays(today, -RATE_DAYS), addDays(today, -1)),
      repo.openOverdueByCompany(scope, today),
    ])
    return list
      .map((c) => {
        const w = windows.get(c.id) ?? { due: 0, on_time: 0, submitted: 0, rejected: 0 }
        return {
          biin: c.biin,
          company_name: c.name,
          open_overdue: overdue.get(c.id) ?? 0,
          on_time_rate_90d: rate(w.on_time, w.due),
          rejected_rate_90d: rate(w.rejected, w.submitted),
        }
      })
      .sort((a, b) => b.open_overdue - a.open_overdue || a.company_name.localeCompare(b.company_name, 'ru'))
  }

  /** Every company (scope null) or one, for Forte staff. */
  async function forStaff(scope: Scope, monthCount: number, now = new Date()) {
    const { today, ...answer } = await common(scope, monthCount, now)
    const firstReviewDay = addDays(today, -(REVIEWER_DAYS - 1))
    const reviewSince = instantOfLocal(`${firstReviewDay} 00:00:00`).toISOString()
    const [companies, queue, decisions, reasons] = await Promise.all([
      companyRows(scope, today),
      repo.queue(scope),
      repo.decisionsByDay(scope, reviewSince),
      repo.rejectReasons(scope, new Date(now.getTime() - REASON_HOURS * 3600_000).toISOString(), TOP_REASONS),
    ])

    const days = Array.from({ length: REVIEWER_DAYS }, (_, i) => addDays(firstReviewDay, i))
    const reviewers = new Map<string, { login: string; display_name: string; by_day: Map<string, [number, number]> }>()
    for (const d of decisions) {
      if (d.date < firstReviewDay || d.date > today) continue
      const r = reviewers.get(d.login) ?? { login: d.login, display_name: d.display_name ?? d.login, by_day: new Map() }
      r.by_day.set(d.date, [d.approved, d.rejected])
      reviewers.set(d.login, r)
    }
    const waits = queue.middle.map((m) => hoursSince(m, now))

    return {
      ...answer,
      companies,
      queue: {
        size: queue.size,
        oldest_wait_h: queue.oldest ? hoursSince(queue.oldest, now) : null,
        median_wait_h: waits.length ? Math.round((waits.reduce((a, b) => a + b, 0) / waits.length) * 10) / 10 : null,
      },
      reviewers: [...reviewers.values()].map((r) => ({
        login: r.login,
        display_name: r.display_name,
        by_day: days.map((date) => {
          const [approved, rejected] = r.by_day.get(date) ?? [0, 0]
          return { date, approved, rejected }
        }),
      })),
      reject_reasons: reasons,
    }
  }

  return { forCompany, forStaff }
}

export default fp(
  async (fastify) => {
    fastify.decorate('statsService', createStatsService(fastify))
  },
  { name: 'stats-service', dependencies: ['stats-repository'] },
)
