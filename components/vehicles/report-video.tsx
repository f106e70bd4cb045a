import { VideoPlayer } from '@/components/video/video-player'

/**
 * A report's video, playable in place: the shared video.js player over the portal's stream
 * pass-through `/api/videos/{ref_key}` (Range requests, so seeking works).
 */
export function ReportVideo({ refKey, label }: { refKey: string; label: string }) {
  return <VideoPlayer src={`/api/videos/${encodeURIComponent(refKey)}`} label={label} className="w-full max-w-md overflow-hidden rounded-lg" testId="report-video" />
}
