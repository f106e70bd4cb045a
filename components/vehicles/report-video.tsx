/**
 * A report's video, playable in place, through the portal's stream pass-through `/api/videos/{ref_key}`
 * (Range requests, so seeking works).
 * TODO(vehicles): switch to the shared video.js player of `components/video/` once it lands.
 */
export function ReportVideo({ refKey, label }: { refKey: string; label: string }) {
  return (
    <video
      controls
      preload="none"
      className="aspect-video w-full max-w-md rounded-lg bg-black"
      src={`/api/videos/${encodeURIComponent(refKey)}`}
      aria-label={label}
      data-testid="report-video"
    />
  )
}
