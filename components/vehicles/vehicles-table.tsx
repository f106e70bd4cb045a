import Link from 'next/link'
import type { VehiclePriorityItem } from '@/lib/forte/schemas/reports'
import { StatusBadge } from './status-badge'
import type { VehiclesText } from './vehicles-text'

type Props = { rows: VehiclePriorityItem[]; typeTitles: Record<string, string>; text: VehiclesText; filtered: boolean }

/** One row per vehicle; the plate links to the vehicle's card. */
export function VehiclesTable({ rows, typeTitles, text, filtered }: Props) {
  if (rows.length === 0)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
        {filtered ? text.empty : text.emptyAll}
      </p>
    )
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" data-testid="vehicles-table">
        <caption className="sr-only">{text.caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colStatus}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colPlate}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colVin}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colType}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.vehicle_guid} data-vehicle-guid={r.vehicle_guid} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <StatusBadge
                  code={r.report_status_priority_code}
                  title={r.report_status_priority_title}
                  expired={r.status_expired_bool ? r.status_expired_title : undefined}
                />
              </td>
              <td className="px-4 py-3 font-medium">
                <Link
                  href={`/vehicles/${encodeURIComponent(r.vehicle_guid)}`}
                  className="text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {r.plate_number || <span className="italic text-slate-600">{text.noPlate}</span>}
                </Link>
              </td>
              <td className="px-4 py-3 font-mono text-slate-800">{r.vin_code}</td>
              <td className="px-4 py-3 text-slate-800">{typeTitles[r.vehicle_type_code] ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
