import Link from 'next/link'
import { StatusBadge } from '@/components/ui/status-badge'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRowHead } from '@/components/ui/table'
import type { StaffReport } from '@/lib/forte/schemas/review'
import { formatDateTime, instantOf } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import { ClickableRow } from './clickable-row'
import { CompanyCell, VehicleCell } from './report-cells'
import { reviewText } from './review-text'

/** Reports of any status, each with its latest standing decision (who, when); a click opens the report. */
export function AllTable({ items, locale }: { items: StaffReport[]; locale: Locale }) {
  const text = reviewText(locale)
  return (
    <Table caption={text.allCaption} testId="all-reports">
      <TableHeader>
        <tr>
          <TableHead>{text.colReport}</TableHead>
          <TableHead>{text.colCompany}</TableHead>
          <TableHead>{text.colVehicle}</TableHead>
          <TableHead>{text.colStatus}</TableHead>
          <TableHead>{text.colDecided}</TableHead>
          <TableHead>{text.colSent}</TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {items.map((r) => {
          const sent = instantOf(r.submission?.time_sent)
          const decidedAt = instantOf(r.decided_at ?? undefined)
          const href = `/review/${encodeURIComponent(r.ref_key)}`
          return (
            <ClickableRow key={r.ref_key} href={href} data-ref-key={r.ref_key}>
              <TableRowHead>
                <Link href={href} className="text-brand underline-offset-2 hover:underline">
                  № {r.report_number}
                </Link>
              </TableRowHead>
              <CompanyCell name={r.company_name} biin={r.biin} />
              <VehicleCell plate={r.plate_number} detail={r.vehicle_type_title} />
              <TableCell>
                <StatusBadge code={r.status_code} locale={locale} />
              </TableCell>
              <TableCell className="text-slate-800" data-testid="decided-by">
                {r.decided_by ? (
                  <>
                    <span className="block">{r.decided_by}</span>
                    {decidedAt ? (
                      <span className="text-xs text-slate-600">{formatDateTime(decidedAt, locale)}</span>
                    ) : null}
                  </>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell className="text-slate-800">{sent ? formatDateTime(sent, locale) : '—'}</TableCell>
            </ClickableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
