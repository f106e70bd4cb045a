import { Card, CardHeader } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table'
import type { StaffStats } from '@/lib/forte/schemas/insights'
import type { Locale } from '@/lib/i18n/locale'
import { SERIES_COLOUR } from './charts/chart-frame'
import { insightsText } from './insights-text'

/** The ten most frequent reject reasons of 90 days, each with its count and a bar against the first. */
export function RejectReasons({ reasons, locale }: { reasons: StaffStats['reject_reasons']; locale: Locale }) {
  const text = insightsText(locale).clients
  const max = Math.max(1, ...reasons.map((r) => r.count))
  return (
    <Card>
      <CardHeader title={text.reasonsTitle} hint={text.reasonsHint} />
      {reasons.length === 0 ? (
        <div className="p-4">
          <EmptyState>{text.reasonsEmpty}</EmptyState>
        </div>
      ) : (
        <Table caption={text.reasonsTitle} dense framed={false} testId="reasons-table">
          <TableHeader>
            <tr>
              <TableHead>{text.reasonsCols.reason}</TableHead>
              <TableHead className="text-right">{text.reasonsCols.count}</TableHead>
            </tr>
          </TableHeader>
          <TableBody>
            {reasons.map((r) => (
              <TableRow key={r.reason}>
                <TableRowHead className="font-normal">
                  {r.reason}
                  <svg width="100%" height="6" aria-hidden="true" className="mt-1 block max-w-xs">
                    <rect width={`${(100 * r.count) / max}%`} height="6" rx="2" fill={SERIES_COLOUR.rejected} />
                  </svg>
                </TableRowHead>
                <TableCell className="text-right tabular-nums">{r.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  )
}
