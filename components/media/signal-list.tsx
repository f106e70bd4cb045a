import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { mapUrl } from '@/lib/format/map'
import type { Media, Signal } from '@/lib/forte/schemas/submission'
import type { Locale } from '@/lib/i18n/locale'
import { mediaText } from './media-text'

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

/** Where a signal points: the other report of a duplicate, the earlier videos' place of a far GPS point. */
function SignalLink({
  s,
  text,
  reportHref,
}: {
  s: Signal
  text: ReturnType<typeof mediaText>
  reportHref: (refKey: string) => string
}) {
  const cls = 'text-brand underline underline-offset-2'
  const other = s.code === 'duplicate_video' ? str(s.detail.ref_key) : undefined
  if (other)
    return (
      <Link href={reportHref(other)} className={cls}>
        {text.otherReport(str(s.detail.report_number) ?? '')}
      </Link>
    )
  const lat = num(s.detail.median_lat)
  const long = num(s.detail.median_long)
  if (s.code === 'gps_far' && lat !== undefined && long !== undefined)
    return (
      <a href={mapUrl(lat, long)} target="_blank" rel="noopener noreferrer" className={cls}>
        {text.earlierPlace}
      </a>
    )
  return null
}

/** Every review signal of the video with the API's Russian explanation and where it points. */
export function SignalList({
  signals,
  media,
  locale,
  reportHref,
}: {
  signals: Signal[]
  media: Media
  locale: Locale
  reportHref: (refKey: string) => string
}) {
  const text = mediaText(locale)
  return (
    <Card>
      <CardHeader title={text.signalsTitle} hint={text.signalsHint} />
      <CardBody>
        {signals.length ? (
          <ul className="space-y-3 text-sm" data-testid="signal-list">
            {signals.map((s, i) => (
              <li key={`${s.code}-${i}`} className="space-y-1" data-code={s.code}>
                <Badge tone={s.severity === 'warn' ? 'warning' : 'info'}>
                  <span className="sr-only">{s.severity === 'warn' ? text.warn : text.info}: </span>
                  {text.signals[s.code]}
                </Badge>
                <p className="text-slate-900">{s.message}</p>
                <SignalLink s={s} text={text} reportHref={reportHref} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700" data-testid="signal-list">
            {media.status === 'processing' ? text.signalsPending : text.noSignals}
          </p>
        )}
      </CardBody>
    </Card>
  )
}
