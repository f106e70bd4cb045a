import Link from 'next/link'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table'
import type { StaffReport } from '@/lib/forte/schemas/review'
import { formatDateTime, instantOf } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import { reviewText } from './review-text'

/** The queue: oldest submission first; each row opens the report with the filters kept. */
export function QueueTable({ items, locale, filters }: { items: StaffReport[]; locale: Locale; filters: string }) {
  const text = reviewText(locale)
  return (
    <Table caption={text.tableCaption}>
      <TableHeader>
        <tr>
          <TableHead>{text.colReport}</TableHead>
          <TableHead>{text.colCompany}</TableHead>
          <TableHead>{text.colVehicle}</TableHead>
          <TableHead>{text.colType}</TableHead>
          <TableHead>{text.colPeriod}</TableHead>
          <TableHead>{text.colSent}</TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {items.map((r) => {
          const sent = instantOf(r.submission?.time_sent)
          return (
            <TableRow key={r.ref_key} data-ref-key={r.ref_key}>
              <TableRowHead>
                <Link
                  href={`/review/${encodeURIComponent(r.ref_key)}${filters}`}
                  prefetch={false}
                  className="text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  № {r.report_number}
                </Link>
              </TableRowHead>
              <TableCell>
                <span className="block text-slate-900">{r.company_name}</span>
                <span className="text-xs text-slate-600">{r.biin}</span>
              </TableCell>
              <TableCell>
                <span className="block text-slate-900">{r.plate_number}</span>
                <span className="font-mono text-xs text-slate-600">{r.vin_code}</span>
              </TableCell>
              <TableCell className="text-slate-800">{r.vehicle_type_title}</TableCell>
              <TableCell className="text-slate-800">
                {r.date_start_render} — {r.date_finish_render}
              </TableCell>
              <TableCell className="text-slate-800">{sent ? formatDateTime(sent, locale) : '—'}</TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
