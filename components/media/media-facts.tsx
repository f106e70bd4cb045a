import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { DefinitionList } from '@/components/ui/definition-list'
import { formatDateTime, instantOf } from '@/lib/format/dates'
import type { Media } from '@/lib/forte/schemas/submission'
import { INTL_LOCALE, type Locale } from '@/lib/i18n/locale'
import { clock, mediaText } from './media-text'
import { videoSrc } from './media-urls'

/** What the file says about itself, which version plays, and the original one click away. */
export function MediaFacts({
  refKey,
  media,
  size,
  locale,
}: {
  refKey: string
  media: Media
  /** Bytes of the original as it was sent. */
  size: number
  locale: Locale
}) {
  const text = mediaText(locale)
  const n = (v: number, digits = 0) => v.toLocaleString(INTL_LOCALE[locale], { maximumFractionDigits: digits })
  const recorded = instantOf(media.recorded_at ?? undefined)
  const review = media.status === 'ready' && media.renditions.includes('review')
  return (
    <Card>
      <CardHeader title={text.mediaTitle} />
      <CardBody className="space-y-3">
        <DefinitionList
          testId="media-facts"
          rows={[
            [text.playing, review ? text.reviewRendition : text.originalRendition],
            [text.duration, media.duration_s !== null ? clock(media.duration_s) : '—'],
            [text.resolution, media.width && media.height ? `${media.width} × ${media.height}` : '—'],
            [text.bitrate, media.bitrate_kbps !== null ? text.kbps(n(media.bitrate_kbps)) : '—'],
            [text.fileSize, text.mb(n(size / 1_048_576, 1))],
            [text.recordedAt, recorded ? formatDateTime(recorded, locale) : text.unknown],
          ]}
        />
        <a
          href={videoSrc(refKey, 'original')}
          download={`${refKey}.mp4`}
          className="inline-block text-sm text-brand underline underline-offset-2"
          data-testid="download-original"
        >
          {text.downloadOriginal}
        </a>
      </CardBody>
    </Card>
  )
}
