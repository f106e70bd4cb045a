import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { RejectReasonLine } from '@/components/reports/reject-reason-line'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ReportItem } from '@/lib/forte/schemas/common'
import { apiDay } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import { ReportVideo } from './report-video'
import type { VehiclesText } from './vehicles-text'
import { awaitsVideo } from '@/lib/forte/codes'

/** Statuses that have a submitted video: sent, approved, rejected (a rejected one keeps its last video). */
const HAS_VIDEO = new Set([2, 3, 4])

/** Newest period first (the API's dates are ISO, so they sort as text). */
const newestFirst = (reports: ReportItem[]) =>
  [...reports].sort((a, b) => b.date_finish_datetime.localeCompare(a.date_finish_datetime))

/**
 * The vehicle's reports, newest first, each linking to its page; a due or rejected one offers
 * "Отправить видео". A reason stays current only while the report is rejected: after a new video it is history.
 */
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
            {newestFirst(reports).map((r) => {
              const href = `/reports/${encodeURIComponent(r.ref_key)}`
              return (
                <li
                  key={r.ref_key}
                  className="space-y-2 py-4 first:pt-0 last:pb-0"
                  data-ref-key={r.ref_key}
                  data-finish={r.date_finish_datetime.slice(0, 10)}
                >
                  <div className="flex flex-wrap items-center gap-3">
                    <h3 className="font-medium">
                      <Link href={href} className="text-brand underline-offset-2 hover:underline">
                        № {r.report_number}
                      </Link>
                    </h3>
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
                    {awaitsVideo(r.status_code) ? (
                      <Link href={href} className={buttonClass('primary', 'sm')} data-testid="send-video">
                        {text.sendVideo}
                        <span className="sr-only"> № {r.report_number}</span>
                      </Link>
                    ) : null}
                  </div>
                  <RejectReasonLine statusCode={r.status_code} reason={r.reject_reason} text={text} />
                  {HAS_VIDEO.has(r.status_code) ? (
                    <ReportVideo
                      refKey={r.ref_key}
                      label={text.videoLabel(r.report_number)}
                      openLabel={text.watchVideo}
                    />
                  ) : null}
                </li>
              )
            })}
          </ul>
        )}
      </CardBody>
    </Card>
  )
}
