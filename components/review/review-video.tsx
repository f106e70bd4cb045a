import { VideoPlayer } from '@/components/video/video-player'
import type { ReviewText } from './review-text'

/** The report's latest video in the shared video.js player, through the Range pass-through `/api/videos/{ref_key}`. */
export function ReviewVideo({ refKey, hasVideo, text }: { refKey: string; hasVideo: boolean; text: ReviewText }) {
  if (!hasVideo)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-700">
        {text.noVideo}
      </p>
    )
  return (
    <VideoPlayer
      src={`/api/videos/${encodeURIComponent(refKey)}`}
      label={text.video}
      className="overflow-hidden rounded-xl bg-black"
      testId="review-video"
    />
  )
}
