import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table'
import type { MonthStats } from '@/lib/forte/schemas/insights'
import type { Locale } from '@/lib/i18n/locale'
import { SERIES_COLOUR } from './charts/chart-frame'
import { MonthlyBarsChart, SERIES } from './charts/monthly-bars-chart'
import { RateTrendChart } from './charts/rate-trend-chart'
import { monthLabel, onTimeRate, percent } from './insights-format'
import { insightsText } from './insights-text'

/** The 12 months: the on-time trend, the monthly bars, and the table that says the same in figures. */
export function MonthlySection({ months, locale }: { months: MonthStats[]; locale: Locale }) {
  const text = insightsText(locale)
  const pct = (r: number | null) => percent(locale, r, text.none)
  const rates = months.map(onTimeRate)
  const known = rates.filter((r): r is number => r !== null)
  const first = months[0]?.month ?? ''
  const last = months.at(-1)?.month ?? ''
  const trendDesc = text.trendDesc(
    monthLabel(locale, first, 'long'),
    monthLabel(locale, last, 'long'),
    pct(known[0] ?? null),
    pct(known.at(-1) ?? null),
  )
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      <Card>
        <CardHeader title={text.trendTitle} />
        <CardBody>
          <RateTrendChart
            id="chart-on-time-trend"
            title={text.trendTitle}
            desc={trendDesc}
            percent={(v) => percent(locale, v)}
            points={months.map((m, i) => ({ label: monthLabel(locale, m.month, 'short'), rate: rates[i] ?? null }))}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={text.barsTitle} />
        <CardBody className="space-y-2">
          <MonthlyBarsChart
            id="chart-monthly-bars"
            title={text.barsTitle}
            desc={text.barsDesc}
            months={months.map((m) => ({ ...m, label: monthLabel(locale, m.month, 'short') }))}
          />
          <ul className="flex flex-wrap gap-4 text-sm text-slate-700" aria-hidden="true">
            {SERIES.map((s) => (
              <li key={s} className="flex items-center gap-1.5">
                <span className="inline-block size-3 rounded-sm" style={{ background: SERIES_COLOUR[s] }} />
                {text.series[s]}
              </li>
            ))}
          </ul>
        </CardBody>
      </Card>
      <div className="lg:col-span-2">
        <Table caption={text.monthCaption} testId="months-table">
          <TableHeader>
            <tr>
              <TableHead>{text.cols.month}</TableHead>
              <TableHead className="text-right">{text.cols.due}</TableHead>
              <TableHead className="text-right">{text.cols.on_time}</TableHead>
              <TableHead className="text-right">{text.cols.late}</TableHead>
              <TableHead className="text-right">{text.cols.rejected}</TableHead>
              <TableHead className="text-right">{text.cols.rate}</TableHead>
            </tr>
          </TableHeader>
          <TableBody>
            {months.map((m, i) => (
              <TableRow key={m.month} data-month={m.month}>
                <TableRowHead>{monthLabel(locale, m.month, 'long')}</TableRowHead>
                <TableCell className="text-right tabular-nums">{m.due}</TableCell>
                <TableCell className="text-right tabular-nums">{m.on_time}</TableCell>
                <TableCell className="text-right tabular-nums">{m.late}</TableCell>
                <TableCell className="text-right tabular-nums">{m.rejected}</TableCell>
                <TableCell className="text-right tabular-nums">{pct(rates[i] ?? null)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  )
}
