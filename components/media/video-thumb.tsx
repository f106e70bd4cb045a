import { OptionalImage } from '@/components/ui/optional-image'
import type { Submission } from '@/lib/forte/schemas/submission'
import type { Locale } from '@/lib/i18n/locale'
import { clock, mediaText } from './media-text'
import { posterSrc } from './media-urls'

/** A list row's picture of its video: the poster and duration once processed, else where processing stands. */
export function VideoThumb({
  refKey,
  submission,
  locale,
}: {
  refKey: string
  submission: Submission | null
  locale: Locale
}) {
  if (!submission) return <span className="text-slate-600">—</span>
  const text = mediaText(locale)
  const { media } = submission
  if (media.status !== 'ready')
    return (
      <span className="text-xs text-slate-700" data-testid="media-status">
        {media.status === 'processing' ? text.processingShort : text.failedShort}
      </span>
    )
  return (
    <span className="flex flex-col items-start gap-1">
      <OptionalImage
        src={posterSrc(refKey)}
        alt=""
        loading="lazy"
        className="aspect-video w-24 rounded bg-slate-200 object-cover"
      />
      {media.duration_s !== null ? (
        <span className="text-xs text-slate-700 tabular-nums" data-testid="media-duration">
          {clock(media.duration_s)}
        </span>
      ) : null}
    </span>
  )
}
