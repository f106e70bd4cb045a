import Link from 'next/link'
import type { ReactNode } from 'react'
import { EmptyState } from '@/components/ui/empty-state'
import { StatusBadge } from '@/components/ui/status-badge'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import type { VehicleRow } from '@/lib/data/vehicle-rows'
import { formatBusinessDate } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import type { VehiclesText } from './vehicles-text'

type Props = {
  rows: VehicleRow[]
  typeTitles: Record<string, string>
  text: VehiclesText
  locale: Locale
  filtered: boolean
  footer?: ReactNode
}

/** One row per vehicle: its most pressing status, next deadline, plate (a link to its card), VIN and type. */
export function VehiclesTable({ rows, typeTitles, text, locale, filtered, footer }: Props) {
  if (rows.length === 0) return <EmptyState>{filtered ? text.empty : text.emptyAll}</EmptyState>
  return (
    <Table caption={text.caption} testId="vehicles-table" footer={footer}>
      <TableHeader>
        <tr>
          <TableHead>{text.colStatus}</TableHead>
          <TableHead>{text.colNextDue}</TableHead>
          <TableHead>{text.colPlate}</TableHead>
          <TableHead>{text.colVin}</TableHead>
          <TableHead>{text.colType}</TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.vehicle_guid} data-vehicle-guid={r.vehicle_guid}>
            <TableCell label={text.colStatus}>
              <StatusBadge
                code={r.report_status_priority_code}
                locale={locale}
                expired={r.status_expired_bool ? r.status_expired_title : undefined}
              />
            </TableCell>
            <TableCell label={text.colNextDue} className="whitespace-nowrap" data-testid="next-due">
              {r.next_due ? formatBusinessDate(r.next_due) : '—'}
              {r.days_overdue ? (
                <span className="block text-xs text-red-800" data-testid="days-overdue">
                  {text.overdueDays(r.days_overdue)}
                </span>
              ) : null}
            </TableCell>
            <TableCell label={text.colPlate} className="font-medium">
              <Link
                href={`/vehicles/${encodeURIComponent(r.vehicle_guid)}`}
                prefetch={false}
                className="text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
              >
                {r.plate_number || <span className="italic text-slate-600">{text.noPlate}</span>}
              </Link>
            </TableCell>
            <TableCell label={text.colVin} className="font-mono text-slate-800">
              {r.vin_code}
            </TableCell>
            <TableCell label={text.colType} className="text-slate-800">
              {typeTitles[r.vehicle_type_code] ?? '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
