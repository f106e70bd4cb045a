import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { DefinitionList } from '@/components/ui/definition-list'
import { formatDateTime, instantOf } from '@/lib/format/dates'
import { mapUrl } from '@/lib/format/map'
import type { Locale } from '@/lib/i18n/locale'
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
    data.lat !== undefined && data.long !== undefined ? (
      <span>
        {data.lat.toFixed(6)}, {data.long.toFixed(6)}{' '}
        <a
          href={mapUrl(data.lat, data.long)}
          target="_blank"
          rel="noreferrer noopener"
          className="text-brand underline underline-offset-2"
        >
          {text.openMap}
        </a>
      </span>
    ) : (
      '—'
    )
  return (
    <Card>
      <CardHeader title={text.facts} />
      <CardBody>
        <DefinitionList
          testId="report-facts"
          rows={[
            [text.factCompany, data.companyName],
            [text.factBiin, data.biin],
            [text.factVehicle, data.plate],
            [text.factVin, data.vin, 'font-mono'],
            [text.factType, data.typeTitle],
            [text.factContract, data.contract],
            [text.factPeriod, data.period],
            [text.factSent, sent ? formatDateTime(sent, locale) : '—'],
            [text.factGps, gps],
          ]}
        />
      </CardBody>
    </Card>
  )
}
