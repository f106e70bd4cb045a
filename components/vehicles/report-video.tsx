'use client'

import { useState } from 'react'
import { posterSrc, videoSrc } from '@/components/media/media-urls'
import { OptionalImage } from '@/components/ui/optional-image'
import { VideoPlayer } from '@/components/video/video-player'

/**
 * A report's video, playable in place: the shared video.js player over the portal's stream
 * pass-through `/api/videos/{ref_key}` (Range requests, so seeking works). A vehicle can have many
 * reports, so each player (and video.js itself) is loaded only when asked for: the card opens fast
 * and downloads no video nobody watches. The poster frame shows before, when the API has one (not
 * while processing, nor from an API without posters).
 */
export function ReportVideo({ refKey, label, openLabel }: { refKey: string; label: string; openLabel: string }) {
  const [open, setOpen] = useState(false)
  const [poster, setPoster] = useState(false)
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={`${openLabel}: ${label}`}
        className="flex flex-col items-start gap-2 rounded-md border border-slate-300 bg-white p-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        <OptionalImage
          src={posterSrc(refKey)}
          alt=""
          loading="lazy"
          onLoad={() => setPoster(true)}
          className="aspect-video w-48 rounded bg-slate-200 object-cover"
        />
        <span className="inline-flex items-center gap-2 px-1.5">
          <span aria-hidden="true">▶</span> {openLabel}
        </span>
      </button>
    )
  return (
    <VideoPlayer
      src={videoSrc(refKey)}
      poster={poster ? posterSrc(refKey) : undefined}
      label={label}
      className="w-full max-w-md overflow-hidden rounded-lg"
      testId="report-video"
    />
  )
}
