import Link from 'next/link'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { DefinitionList } from '@/components/ui/definition-list'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ReportPageData } from '@/lib/data/report'
import type { Submission } from '@/lib/forte/schemas/submission'
import { apiDay, formatBusinessDate, formatDateTime, parseApiDateTime } from '@/lib/format/dates'
import { mapUrl } from '@/lib/format/map'
import type { Locale } from '@/lib/i18n/locale'
import { RejectReasonLine } from './reject-reason-line'
import type { ReportsText } from './reports-text'

/** The report's status and period, the reject reason, and its vehicle. */
export function ReportSummary({ data, locale, text }: { data: ReportPageData; locale: Locale; text: ReportsText }) {
  const r = data.report
  const v = data.vehicle
  const start = apiDay(locale, r.date_start_datetime, r.date_start_render)
  const finish = apiDay(locale, r.date_finish_datetime, r.date_finish_render)
  return (
    <>
      <Card>
        <CardBody className="space-y-3">
          <div data-testid="report-status">
            <StatusBadge
              code={r.status_code}
              locale={locale}
              expired={r.status_expired_bool ? r.status_expired_title : undefined}
            />
          </div>
          <DefinitionList
            rows={[
              [text.periodLabel, `${start} — ${finish}`],
              [text.deadline, finish],
            ]}
          />
          <RejectReasonLine statusCode={r.status_code} reason={r.reject_reason} text={text} boxed />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={text.vehicleCard} />
        <CardBody className="space-y-3">
          <DefinitionList
            rows={[
              [text.contract, v?.contract_number ?? r.contract_number],
              ...(v?.contract_date_end
                ? [[text.contractEnd, formatBusinessDate(v.contract_date_end)] as [string, string]]
                : []),
              [text.plate, (v?.plate_number ?? r.plate_number) || text.noPlate],
              [text.vin, v?.vin_code ?? r.vin_code, 'font-mono'],
              ...(data.typeTitle ? [[text.type, data.typeTitle] as [string, string]] : []),
            ]}
          />
          {r.vehicle_guid ? (
            <Link
              href={`/vehicles/${encodeURIComponent(r.vehicle_guid)}`}
              className="inline-block text-sm text-brand underline-offset-2 hover:underline"
            >
              {text.openVehicle}
            </Link>
          ) : null}
        </CardBody>
      </Card>
    </>
  )
}

/** The type's instructions, numbered. */
export function ReportInstructions({ items, text }: { items: string[]; text: ReportsText }) {
  return (
    <Card>
      <CardHeader title={text.instructions} />
      <CardBody>
        {items.length ? (
          <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-900" data-testid="instructions">
            {items.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-700">{text.noInstructions}</p>
        )}
      </CardBody>
    </Card>
  )
}

/** When (Almaty time) and where the latest video was filmed, with a link that opens the point on a map. */
export function SubmissionCard({
  submission: s,
  locale,
  text,
}: {
  submission: Submission
  locale: Locale
  text: ReportsText
}) {
  const sent = parseApiDateTime(s.time_sent)
  return (
    <Card>
      <CardHeader title={text.submission} />
      <CardBody className="space-y-2 text-sm text-slate-900" data-testid="submission">
        <p>
          <span className="text-slate-600">{text.timeSent}:</span>{' '}
          {Number.isNaN(sent.getTime()) ? s.time_sent : formatDateTime(sent, locale)}
        </p>
        <p data-testid="submission-point">
          <span className="text-slate-600">{text.point}:</span> {s.lat}, {s.long}{' '}
          <a
            href={mapUrl(s.lat, s.long)}
            target="_blank"
            rel="noopener noreferrer"
            className="text-brand underline underline-offset-2"
          >
            {text.openMap}
            <span className="sr-only"> ({text.newTab})</span>
          </a>
        </p>
      </CardBody>
    </Card>
  )
}
