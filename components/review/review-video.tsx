import { MediaState } from '@/components/media/media-state'
import { MediaPlayer } from '@/components/media/media-player'
import { SignalList } from '@/components/media/signal-list'
import type { Submission } from '@/lib/forte/schemas/submission'
import type { Locale } from '@/lib/i18n/locale'
import type { ReviewText } from './review-text'

/**
 * The report's latest video (the review rendition, poster and frame previews, through the Range
 * pass-through `/api/videos/{ref_key}`), whether it is still being processed, and its review signals.
 */
export function ReviewVideo({
  refKey,
  submission,
  text,
  locale,
  reportHref,
}: {
  refKey: string
  submission: Submission | null
  text: ReviewText
  locale: Locale
  /** The review page of another report (a duplicate video's link). */
  reportHref: (refKey: string) => string
}) {
  if (!submission)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-700">
        {text.noVideo}
      </p>
    )
  return (
    <div className="space-y-4">
      <MediaState media={submission.media} locale={locale} withReason />
      <MediaPlayer
        refKey={refKey}
        label={text.video}
        media={submission.media}
        locale={locale}
        className="overflow-hidden rounded-xl bg-black"
        testId="review-video"
      />
      <SignalList signals={submission.signals} media={submission.media} locale={locale} reportHref={reportHref} />
    </div>
  )
}
