import Link from 'next/link'
import type { ReactNode } from 'react'
import { mediaText } from '@/components/media/media-text'
import { SignalBadges } from '@/components/media/signal-badges'
import { VideoThumb } from '@/components/media/video-thumb'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRowHead } from '@/components/ui/table'
import type { StaffReport } from '@/lib/forte/schemas/review'
import { apiDay, formatDateTime, instantOf } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import { ClickableRow } from './clickable-row'
import { CompanyCell, VehicleCell } from './report-cells'
import { reviewText } from './review-text'
import { waitedFor } from './wait-time'

/** The id of the first row's link: the queue's skip link jumps there. */
export const FIRST_ROW_ID = 'queue-first-report'

/**
 * The queue: the longest waiting first (or as `sortHeader` says); each row opens the report with the
 * filters kept, by its link or a click anywhere on it.
 */
export function QueueTable({
  items,
  locale,
  filters,
  now,
  sortHeader,
  ariaSort,
}: {
  items: StaffReport[]
  locale: Locale
  filters: string
  /** The moment the waits are counted to. */
  now: Date
  /** The "Ждёт" column's header: a link that changes the order. */
  sortHeader: ReactNode
  /** How the rows are sorted by wait: descending = the longest waiting first. */
  ariaSort: 'ascending' | 'descending'
}) {
  const text = reviewText(locale)
  const media = mediaText(locale)
  return (
    <Table caption={text.tableCaption}>
      <TableHeader>
        <tr>
          <TableHead>{media.colVideo}</TableHead>
          <TableHead>{text.colReport}</TableHead>
          <TableHead>{text.colCompany}</TableHead>
          <TableHead>{text.colVehicle}</TableHead>
          <TableHead>{text.colType}</TableHead>
          <TableHead>{text.colPeriod}</TableHead>
          <TableHead>{text.colSent}</TableHead>
          <TableHead>{media.signalsFilter}</TableHead>
          <TableHead aria-sort={ariaSort}>{sortHeader}</TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {items.map((r, i) => {
          const sent = instantOf(r.submission?.time_sent)
          const href = `/review/${encodeURIComponent(r.ref_key)}${filters}`
          return (
            <ClickableRow key={r.ref_key} href={href} data-ref-key={r.ref_key}>
              <TableCell>
                <VideoThumb refKey={r.ref_key} submission={r.submission} locale={locale} />
              </TableCell>
              <TableRowHead>
                <Link
                  id={i === 0 ? FIRST_ROW_ID : undefined}
                  href={href}
                  prefetch={false}
                  className="text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  № {r.report_number}
                </Link>
              </TableRowHead>
              <CompanyCell name={r.company_name} biin={r.biin} />
              <VehicleCell plate={r.plate_number} detail={r.vin_code} mono />
              <TableCell className="text-slate-800">{r.vehicle_type_title}</TableCell>
              <TableCell className="text-slate-800">
                {apiDay(locale, r.date_start_datetime, r.date_start_render)} —{' '}
                {apiDay(locale, r.date_finish_datetime, r.date_finish_render)}
              </TableCell>
              <TableCell className="text-slate-800">{sent ? formatDateTime(sent, locale) : '—'}</TableCell>
              <TableCell>
                <SignalBadges signals={r.submission?.signals ?? []} locale={locale} />
              </TableCell>
              <TableCell className="whitespace-nowrap text-slate-800" data-testid="waited">
                {waitedFor(r.waiting_since, now, locale)}
              </TableCell>
            </ClickableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
