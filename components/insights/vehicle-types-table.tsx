import { Card, CardHeader } from '@/components/ui/card'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table'
import type { VehicleTypeStats } from '@/lib/forte/schemas/insights'
import type { Locale } from '@/lib/i18n/locale'
import { onTimeRate, percent } from './insights-format'
import { insightsText } from './insights-text'

/** The same counts by vehicle type, with the on-time share drawn as a bar (the figure beside it). */
export function VehicleTypesTable({ types, locale }: { types: VehicleTypeStats[]; locale: Locale }) {
  const text = insightsText(locale)
  const cols = ['due', 'on_time', 'late', 'rejected', 'open_overdue'] as const
  return (
    <Card>
      <CardHeader title={text.typesTitle} hint={text.typesHint} />
      <Table caption={text.typesTitle} dense framed={false} testId="types-table">
        <TableHeader>
          <tr>
            <TableHead>{text.cols.type}</TableHead>
            {cols.map((c) => (
              <TableHead key={c} className="text-right">
                {text.cols[c]}
              </TableHead>
            ))}
            <TableHead>{text.cols.rate}</TableHead>
          </tr>
        </TableHeader>
        <TableBody>
          {types.map((t) => {
            const rate = onTimeRate(t)
            return (
              <TableRow key={t.vehicle_type_code}>
                <TableRowHead>{t.vehicle_type_title}</TableRowHead>
                {cols.map((c) => (
                  <TableCell key={c} className="text-right tabular-nums">
                    {t[c]}
                  </TableCell>
                ))}
                <TableCell>
                  <span className="flex items-center gap-2">
                    <svg width="80" height="8" aria-hidden="true" className="shrink-0">
                      <rect width="80" height="8" rx="2" fill="#e2e8f0" />
                      <rect width={80 * (rate ?? 0)} height="8" rx="2" fill="#059669" />
                    </svg>
                    <span className="tabular-nums">{percent(locale, rate, text.none)}</span>
                  </span>
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </Card>
  )
}
