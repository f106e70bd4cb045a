'use client'

import { useState } from 'react'
import { VideoPlayer } from '@/components/video/video-player'

/**
 * A report's video, playable in place: the shared video.js player over the portal's stream
 * pass-through `/api/videos/{ref_key}` (Range requests, so seeking works). A vehicle can have many
 * reports, so each player (and video.js itself) is loaded only when asked for: the card opens fast
 * and downloads no video nobody watches.
 */
export function ReportVideo({ refKey, label, openLabel }: { refKey: string; label: string; openLabel: string }) {
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={`${openLabel}: ${label}`}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        <span aria-hidden="true">▶</span> {openLabel}
      </button>
    )
  return (
    <VideoPlayer
      src={`/api/videos/${encodeURIComponent(refKey)}`}
      label={label}
      className="w-full max-w-md overflow-hidden rounded-lg"
      testId="report-video"
    />
  )
}
