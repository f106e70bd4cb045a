import Link from 'next/link'
import { Card, CardHeader } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { StatusBadge } from '@/components/ui/status-badge'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table'
import type { CompanyStats } from '@/lib/forte/schemas/insights'
import { apiDay } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import { insightsText } from './insights-text'

type Props = { reports: CompanyStats['overdue_reports']; total: number; locale: Locale }

/** The company's open overdue reports, the longest overdue first, each a link to its report page. */
export function OverdueReports({ reports, total, locale }: Props) {
  const text = insightsText(locale)
  return (
    <Card>
      <CardHeader
        title={`${text.overdueTitle} (${total})`}
        hint={total ? text.overdueHint(reports.length, total) : null}
      />
      {reports.length === 0 ? (
        <div className="p-4">
          <EmptyState>{text.overdueEmpty}</EmptyState>
        </div>
      ) : (
        <Table caption={text.overdueTitle} dense framed={false} testId="overdue-table">
          <TableHeader>
            <tr>
              <TableHead>{text.overdueCols.number}</TableHead>
              <TableHead>{text.overdueCols.plate}</TableHead>
              <TableHead>{text.overdueCols.finish}</TableHead>
              <TableHead>{text.overdueCols.status}</TableHead>
            </tr>
          </TableHeader>
          <TableBody>
            {reports.map((r) => (
              <TableRow key={r.ref_key} data-ref-key={r.ref_key}>
                <TableRowHead>
                  <Link
                    href={`/reports/${encodeURIComponent(r.ref_key)}`}
                    className="text-brand underline-offset-2 hover:underline"
                    aria-label={text.openReport(r.report_number)}
                  >
                    {r.report_number}
                  </Link>
                </TableRowHead>
                <TableCell className="whitespace-nowrap">{r.plate_number}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {apiDay(locale, r.date_finish_datetime, r.date_finish_render)}
                </TableCell>
                <TableCell>
                  <StatusBadge
                    code={r.status_code}
                    locale={locale}
                    expired={r.status_expired_bool ? r.status_expired_title : undefined}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  )
}
