import { Card, CardHeader } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table'
import { formatBusinessDate } from '@/lib/format/dates'
import type { ReviewerStats } from '@/lib/forte/schemas/insights'
import type { Locale } from '@/lib/i18n/locale'
import { DayBarsChart } from './charts/day-bars-chart'
import { insightsText } from './insights-text'

const sum = (days: ReviewerStats['by_day'], k: 'approved' | 'rejected') => days.reduce((n, d) => n + d[k], 0)

/** Decisions per reviewer over the last 30 days: totals, and each day as a small bar. */
export function ReviewersTable({ reviewers, locale }: { reviewers: ReviewerStats[]; locale: Locale }) {
  const text = insightsText(locale).clients
  return (
    <Card>
      <CardHeader title={text.reviewersTitle} />
      {reviewers.length === 0 ? (
        <div className="p-4">
          <EmptyState>{text.reviewersEmpty}</EmptyState>
        </div>
      ) : (
        <Table caption={text.reviewersTitle} dense framed={false} testId="reviewers-table">
          <TableHeader>
            <tr>
              <TableHead>{text.reviewersCols.reviewer}</TableHead>
              <TableHead className="text-right">{text.reviewersCols.approved}</TableHead>
              <TableHead className="text-right">{text.reviewersCols.rejected}</TableHead>
              <TableHead>{text.reviewersCols.days}</TableHead>
            </tr>
          </TableHeader>
          <TableBody>
            {reviewers.map((r) => {
              const active = r.by_day.filter((d) => d.approved + d.rejected > 0)
              const busiest = active.reduce<(typeof active)[number] | undefined>(
                (best, d) => (!best || d.approved + d.rejected > best.approved + best.rejected ? d : best),
                undefined,
              )
              const label = text.reviewerDays(
                r.display_name,
                active.length,
                busiest ? `${formatBusinessDate(busiest.date)} (${busiest.approved + busiest.rejected})` : '',
              )
              return (
                <TableRow key={r.login} data-login={r.login}>
                  <TableRowHead>
                    {r.display_name} <span className="text-xs font-normal text-slate-600">{r.login}</span>
                  </TableRowHead>
                  <TableCell className="text-right tabular-nums">{sum(r.by_day, 'approved')}</TableCell>
                  <TableCell className="text-right tabular-nums">{sum(r.by_day, 'rejected')}</TableCell>
                  <TableCell>
                    <DayBarsChart days={r.by_day} label={label} />
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      )}
      {reviewers.length ? <DaysTable reviewers={reviewers} locale={locale} /> : null}
    </Card>
  )
}

/** Every day with a decision, one row per reviewer: the figures the small bars draw. */
function DaysTable({ reviewers, locale }: { reviewers: ReviewerStats[]; locale: Locale }) {
  const text = insightsText(locale).clients
  const rows = reviewers.flatMap((r) =>
    r.by_day.filter((d) => d.approved + d.rejected > 0).map((d) => ({ ...d, login: r.login, name: r.display_name })),
  )
  rows.sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name, 'ru'))
  return (
    <details className="border-t border-slate-100 px-4 py-3 text-sm">
      <summary className="cursor-pointer text-slate-800">{text.daysTable}</summary>
      <div className="mt-3">
        <Table caption={text.daysTable} dense testId="reviewer-days-table">
          <TableHeader>
            <tr>
              <TableHead>{text.reviewersCols.date}</TableHead>
              <TableHead>{text.reviewersCols.reviewer}</TableHead>
              <TableHead className="text-right">{text.reviewersCols.approved}</TableHead>
              <TableHead className="text-right">{text.reviewersCols.rejected}</TableHead>
            </tr>
          </TableHeader>
          <TableBody>
            {rows.map((d) => (
              <TableRow key={`${d.date}-${d.login}`}>
                <TableRowHead>{formatBusinessDate(d.date)}</TableRowHead>
                <TableCell>{d.name}</TableCell>
                <TableCell className="text-right tabular-nums">{d.approved}</TableCell>
                <TableCell className="text-right tabular-nums">{d.rejected}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </details>
  )
}
