import Link from 'next/link'
import type { StaffReport } from '@/lib/forte/schemas/review'
import { formatDateTime } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import { instantOf } from './history'
import { reviewText } from './review-text'

/** The queue: oldest submission first; each row opens the report with the filters kept. */
export function QueueTable({ items, locale, filters }: { items: StaffReport[]; locale: Locale; filters: string }) {
  const text = reviewText(locale)
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{text.tableCaption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colReport}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colCompany}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colVehicle}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colType}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colPeriod}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {text.colSent}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((r) => {
            const sent = instantOf(r.submission?.time_sent)
            return (
              <tr key={r.ref_key} className="hover:bg-slate-50" data-ref-key={r.ref_key}>
                <th scope="row" className="px-4 py-3 font-medium">
                  <Link
                    href={`/review/${encodeURIComponent(r.ref_key)}${filters}`}
                    className="text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                  >
                    № {r.report_number}
                  </Link>
                </th>
                <td className="px-4 py-3">
                  <span className="block text-slate-900">{r.company_name}</span>
                  <span className="text-xs text-slate-600">{r.biin}</span>
                </td>
                <td className="px-4 py-3">
                  <span className="block text-slate-900">{r.plate_number}</span>
                  <span className="font-mono text-xs text-slate-600">{r.vin_code}</span>
                </td>
                <td className="px-4 py-3 text-slate-800">
                  {typeof r.vehicle_type_title === 'string' ? r.vehicle_type_title : r.vehicle_type_code}
                </td>
                <td className="px-4 py-3 text-slate-800">
                  {r.date_start_render} — {r.date_finish_render}
                </td>
                <td className="px-4 py-3 text-slate-800">{sent ? formatDateTime(sent, locale) : '—'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
