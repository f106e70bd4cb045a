import Link from 'next/link'
import { EmptyState } from '@/components/ui/empty-state'
import { StatusBadge } from '@/components/ui/status-badge'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import type { VehiclePriorityItem } from '@/lib/forte/schemas/reports'
import type { Locale } from '@/lib/i18n/locale'
import type { VehiclesText } from './vehicles-text'

type Props = {
  rows: VehiclePriorityItem[]
  typeTitles: Record<string, string>
  text: VehiclesText
  locale: Locale
  filtered: boolean
}

/** One row per vehicle; the plate links to the vehicle's card. */
export function VehiclesTable({ rows, typeTitles, text, locale, filtered }: Props) {
  if (rows.length === 0) return <EmptyState>{filtered ? text.empty : text.emptyAll}</EmptyState>
  return (
    <Table caption={text.caption} testId="vehicles-table">
      <TableHeader>
        <tr>
          <TableHead>{text.colStatus}</TableHead>
          <TableHead>{text.colPlate}</TableHead>
          <TableHead>{text.colVin}</TableHead>
          <TableHead>{text.colType}</TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.vehicle_guid} data-vehicle-guid={r.vehicle_guid}>
            <TableCell>
              <StatusBadge
                code={r.report_status_priority_code}
                locale={locale}
                expired={r.status_expired_bool ? r.status_expired_title : undefined}
              />
            </TableCell>
            <TableCell className="font-medium">
              <Link
                href={`/vehicles/${encodeURIComponent(r.vehicle_guid)}`}
                prefetch={false}
                className="text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
              >
                {r.plate_number || <span className="italic text-slate-600">{text.noPlate}</span>}
              </Link>
            </TableCell>
            <TableCell className="font-mono text-slate-800">{r.vin_code}</TableCell>
            <TableCell className="text-slate-800">{typeTitles[r.vehicle_type_code] ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
