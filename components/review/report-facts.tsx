import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { formatDateTime } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import { instantOf } from './history'
import { reviewText } from './review-text'

export type ReportFactsData = {
  companyName: string
  biin: string
  plate: string
  vin: string
  typeTitle: string
  contract: string
  period: string
  timeSent?: string
  lat?: number
  long?: number
}

/** Company, vehicle, contract, submission time and GPS point: what the reviewer checks against the video. */
export function ReportFacts({ data, locale }: { data: ReportFactsData; locale: Locale }) {
  const text = reviewText(locale)
  const sent = instantOf(data.timeSent)
  const gps =
    data.lat !== undefined && data.long !== undefined ? `${data.lat.toFixed(6)}, ${data.long.toFixed(6)}` : undefined
  const rows: [string, React.ReactNode][] = [
    [text.factCompany, data.companyName],
    [text.factBiin, data.biin],
    [text.factVehicle, data.plate],
    [
      text.factVin,
      <span key="vin" className="font-mono">
        {data.vin}
      </span>,
    ],
    [text.factType, data.typeTitle],
    [text.factContract, data.contract],
    [text.factPeriod, data.period],
    [text.factSent, sent ? formatDateTime(sent, locale) : '—'],
    [
      text.factGps,
      gps ? (
        <span key="gps">
          {gps}{' '}
          <a
            href={`https://www.openstreetmap.org/?mlat=${data.lat}&mlon=${data.long}#map=17/${data.lat}/${data.long}`}
            target="_blank"
            rel="noreferrer noopener"
            className="text-brand underline underline-offset-2"
          >
            {text.openMap}
          </a>
        </span>
      ) : (
        '—'
      ),
    ],
  ]
  return (
    <Card>
      <CardHeader>
        <h2 className="text-lg font-semibold">{text.facts}</h2>
      </CardHeader>
      <CardBody>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm" data-testid="report-facts">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-600">{k}</dt>
              <dd className="text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  )
}
