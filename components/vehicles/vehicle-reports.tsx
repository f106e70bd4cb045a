import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ReportItem } from '@/lib/forte/schemas/common'
import { apiDay } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import { ReportVideo } from './report-video'
import type { VehiclesText } from './vehicles-text'

/** Statuses that have a submitted video: sent, approved, rejected (a rejected one keeps its last video). */
const HAS_VIDEO = new Set([2, 3, 4])

/** The vehicle's reports, important (due, rejected) first, each with its video when there is one. */
export function VehicleReports({
  reports,
  text,
  locale,
}: {
  reports: ReportItem[]
  text: VehiclesText
  locale: Locale
}) {
  return (
    <Card>
      <CardHeader title={text.reports} />
      <CardBody>
        {reports.length === 0 ? (
          <p className="text-sm text-slate-700">{text.noReports}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="vehicle-reports">
            {reports.map((r) => (
              <li key={r.ref_key} className="space-y-2 py-4 first:pt-0 last:pb-0" data-ref-key={r.ref_key}>
                <div className="flex flex-wrap items-center gap-3">
                  <h3 className="font-medium text-slate-900">№ {r.report_number}</h3>
                  <StatusBadge
                    code={r.status_code}
                    locale={locale}
                    expired={r.status_expired_bool ? r.status_expired_title : undefined}
                  />
                  <span className="text-sm text-slate-700">
                    {text.period_(
                      apiDay(locale, r.date_start_datetime, r.date_start_render),
                      apiDay(locale, r.date_finish_datetime, r.date_finish_render),
                    )}
                  </span>
                </div>
                {r.reject_reason ? (
                  <p className="text-sm text-red-800">
                    {text.rejectReason}: {r.reject_reason}
                  </p>
                ) : null}
                {HAS_VIDEO.has(r.status_code) ? (
                  <ReportVideo
                    refKey={r.ref_key}
                    label={text.videoLabel(r.report_number)}
                    openLabel={text.watchVideo}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  )
}
