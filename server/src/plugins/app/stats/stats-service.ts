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
export const RATE_DAYS = 90
/** Decisions per reviewer per day: the last 30 Almaty days, today included. */
export const REVIEWER_DAYS = 30
/** The top reject reasons of decisions made in the last 90 × 24 hours. */
export const REASON_HOURS = 90 * 24
const TOP_REASONS = 10
/** The director's list of open overdue reports: the longest overdue first, at most this many. */
export const OVERDUE_LISTED = 100

/** The months of the answer, oldest first: the current Almaty month and the `count - 1` before it. */
export function monthsEnding(today: string, count: number): string[] {
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

/** `/reports/stats` and `/1c/stats` (api-contract.md "Insights and reminders"), shaped from the repository's sums. */
export function createStatsService(fastify: FastifyInstance) {
  const repo = fastify.statsRepository

  /** What both answers share: months, vehicle types, the 90-day on-time rate. */
  async function common(scope: Scope, monthCount: number, now: Date) {
    const today = todayYmd(now)
    const months = monthsEnding(today, monthCount)
    const from = `${months[0]}-01`
    const to = lastDayOf(months.at(-1)!)
    const [monthly, types, recent] = await Promise.all([
      repo.byMonth(scope, from, to, today),
      repo.byVehicleType(scope, from, to, today),
      repo.totals(scope, addDays(today, -RATE_DAYS), addDays(today, -1), today),
    ])
    const found = new Map(monthly.map((m) => [m.month, m]))
    return {
      today,
      months: months.map((month) => ({ month, ...counts(found.get(month) ?? ZERO) })),
      by_vehicle_type: types
        .sort((a, b) => b.due - a.due || a.vehicle_type_title.localeCompare(b.vehicle_type_title, 'ru'))
        .map((t) => ({
          vehicle_type_code: t.vehicle_type_code,
          vehicle_type_title: t.vehicle_type_title,
          ...counts(t),
        })),
      on_time_rate: rate(recent.on_time, recent.due),
    }
  }

  /** One company, for its director: plus its open overdue reports (all of them counted, the first 100 listed). */
  async function forCompany(companyId: number, monthCount: number, now = new Date()) {
    const { today, ...answer } = await common(companyId, monthCount, now)
    const [overdue, total] = await Promise.all([
      repo.overdueReports(companyId, today, OVERDUE_LISTED),
      repo.openOverdue(companyId, today),
    ])
    return {
      ...answer,
      overdue_total: total,
      overdue_reports: overdue.map((r) => formatReport(r, today)),
    }
  }

  /** Every company (scope null) or one, for Forte staff. */
  async function forStaff(scope: Scope, monthCount: number, now = new Date()) {
    const { today, ...answer } = await common(scope, monthCount, now)
    const firstReviewDay = addDays(today, -(REVIEWER_DAYS - 1))
    const reviewSince = instantOfLocal(`${firstReviewDay} 00:00:00`).toISOString()
    const [companies, queue, decisions, reasons] = await Promise.all([
      repo.companies(scope, addDays(today, -RATE_DAYS), addDays(today, -1), today),
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
      companies: companies.map((c) => ({
        biin: c.biin,
        company_name: c.company_name,
        open_overdue: c.open_overdue,
        on_time_rate_90d: rate(c.on_time, c.due),
        rejected_rate_90d: rate(c.rejected, c.submitted),
      })),
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
