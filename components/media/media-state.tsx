import { RefreshButton } from '@/components/shell/refresh-button'
import { Alert } from '@/components/ui/alert'
import type { Media } from '@/lib/forte/schemas/submission'
import type { Locale } from '@/lib/i18n/locale'
import { mediaText } from './media-text'

/**
 * "Видео обрабатывается" (with a refresh) or that processing failed; nothing once the video is ready.
 * The reason (the tool's own words) is for reviewers (`withReason`); clients get the plain line.
 */
export function MediaState({ media, locale, withReason }: { media: Media; locale: Locale; withReason?: boolean }) {
  const text = mediaText(locale)
  if (media.status === 'ready') return null
  if (media.status === 'processing')
    return (
      <Alert tone="info" className="flex flex-wrap items-center justify-between gap-2" data-testid="media-state">
        <span>
          <strong className="font-semibold">{text.processing}.</strong> {text.processingHint}
        </span>
        <RefreshButton label={text.refresh} />
      </Alert>
    )
  return (
    <Alert tone="warning" data-testid="media-state">
      <strong className="font-semibold">{text.failed}.</strong>{' '}
      {withReason ? text.failedHint(media.error ?? text.unknown) : text.failedPlain}
    </Alert>
  )
}
