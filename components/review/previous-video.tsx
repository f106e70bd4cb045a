'use client'

import { VideoPlayer } from '@/components/video/video-player'
import type { ReviewText } from './review-text'

/** The vehicle's previous approved video (another report), to compare with the one under review. */
export type PreviousApproved = { refKey: string; reportNumber: string; sentAt: string }

/** Beside the current video: the previous approved one, or a line saying there is none. */
export function PreviousVideo({ previous, text }: { previous?: PreviousApproved; text: ReviewText }) {
  return (
    <section aria-label={text.prevApproved} className="space-y-2" data-testid="previous-video">
      <h2 className="text-sm font-semibold text-slate-900">{text.prevApproved}</h2>
      {previous ? (
        <>
          <VideoPlayer
            src={`/api/videos/${encodeURIComponent(previous.refKey)}`}
            label={`${text.prevApproved}: ${text.prevApprovedHint(previous.reportNumber, previous.sentAt)}`}
            className="overflow-hidden rounded-xl bg-black"
            testId="previous-video-player"
          />
          <p className="text-sm text-slate-700">{text.prevApprovedHint(previous.reportNumber, previous.sentAt)}</p>
        </>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-700">
          {text.prevApprovedNone}
        </p>
      )}
    </section>
  )
}
