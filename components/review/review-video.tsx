import type { ReviewText } from './review-text'

/**
 * The report's latest video through the portal's Range pass-through `/api/videos/{ref_key}`.
 * TODO(review): switch to the shared video.js player of `components/video/` once it lands.
 */
export function ReviewVideo({ refKey, hasVideo, text }: { refKey: string; hasVideo: boolean; text: ReviewText }) {
  if (!hasVideo) return <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-700">{text.noVideo}</p>
  return (
    <video
      controls
      preload="metadata"
      className="aspect-video w-full rounded-xl bg-black"
      src={`/api/videos/${encodeURIComponent(refKey)}`}
      aria-label={text.video}
      data-testid="review-video"
    />
  )
}
