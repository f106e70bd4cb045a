'use client'

import { type CSSProperties, useEffect, useRef, useState } from 'react'
import { VideoPlayer } from '@/components/video/video-player'
import type { Media } from '@/lib/forte/schemas/submission'
import type { Locale } from '@/lib/i18n/locale'
import { clock, mediaText } from './media-text'
import { posterSrc, thumbsSrc, videoSrc } from './media-urls'

/** Frames in the API's thumbnail strip (one JPEG, a single row), frame i taken at (i + ½) / 6 of the video. */
const FRAMES = 6
const PREVIEW_WIDTH = 160

const frameStyle = (src: string, i: number, aspect: number): CSSProperties => ({
  backgroundImage: `url("${src}")`,
  backgroundSize: `${FRAMES * 100}% 100%`,
  backgroundPosition: `${(i / (FRAMES - 1)) * 100}% 0`,
  aspectRatio: aspect,
})

type Hover = { frame: number; left: number; bottom: number }

/**
 * A report's video in the shared player: the review rendition (the API's default), the poster before
 * playback once the media is ready, and the thumbnail strip: a frame preview over the player's timeline
 * while the pointer is on it, and the six frames as buttons that jump there (keyboard included).
 */
export function MediaPlayer({
  refKey,
  label,
  media,
  locale,
  className,
  testId,
  frames = true,
}: {
  refKey: string
  label: string
  /** null against an API without media (the real ForteLeasing API): no poster, no strip. */
  media: Media | null
  locale: Locale
  className?: string
  testId?: string
  frames?: boolean
}) {
  const text = mediaText(locale)
  const box = useRef<HTMLDivElement>(null)
  const [hover, setHover] = useState<Hover | null>(null)
  const ready = media?.status === 'ready'
  const duration = media?.duration_s ?? 0
  const strip = frames && ready && duration > 0
  const aspect = media?.width && media.height ? media.width / media.height : 16 / 9
  const thumbs = thumbsSrc(refKey)

  useEffect(() => {
    const el = box.current
    if (!strip || !el) return
    // video.js builds the timeline outside React: follow the pointer over it from the box.
    const move = (e: PointerEvent) => {
      const holder = (e.target as Element | null)
        ?.closest?.('.vjs-progress-control')
        ?.querySelector('.vjs-progress-holder')
      if (!holder) return setHover(null)
      const bar = holder.getBoundingClientRect()
      const outer = el.getBoundingClientRect()
      const at = Math.min(1, Math.max(0, (e.clientX - bar.left) / bar.width))
      const x = e.clientX - outer.left - PREVIEW_WIDTH / 2
      setHover({
        frame: Math.min(FRAMES - 1, Math.floor(at * FRAMES)),
        left: Math.min(Math.max(0, x), outer.width - PREVIEW_WIDTH),
        bottom: outer.bottom - bar.top + 12,
      })
    }
    const leave = () => setHover(null)
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerleave', leave)
    return () => {
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerleave', leave)
    }
  }, [strip])

  const seek = (i: number) => {
    const v = box.current?.querySelector('video')
    if (v) v.currentTime = ((i + 0.5) * duration) / FRAMES
  }

  return (
    <div ref={box} className="relative space-y-2">
      <VideoPlayer
        src={videoSrc(refKey, 'review')}
        poster={ready ? posterSrc(refKey) : undefined}
        label={label}
        className={className}
        testId={testId}
      />
      {strip && hover ? (
        <div
          role="img"
          aria-label={text.preview}
          data-testid="frame-preview"
          data-frame={hover.frame}
          className="pointer-events-none absolute z-10 rounded-md border-2 border-white bg-slate-900 bg-no-repeat shadow-lg"
          style={{
            ...frameStyle(thumbs, hover.frame, aspect),
            width: PREVIEW_WIDTH,
            left: hover.left,
            bottom: hover.bottom,
          }}
        />
      ) : null}
      {strip ? (
        <div>
          <p className="sr-only">{text.framesHint}</p>
          <ul className="grid grid-cols-6 gap-1" aria-label={text.frames} data-testid="frame-strip">
            {Array.from({ length: FRAMES }, (_, i) => {
              const at = clock(((i + 0.5) * duration) / FRAMES)
              return (
                <li key={i}>
                  <button
                    type="button"
                    onClick={() => seek(i)}
                    aria-label={text.frameAt(at)}
                    title={text.frameAt(at)}
                    className="block w-full rounded bg-slate-200 bg-no-repeat focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
                    style={frameStyle(thumbs, i, aspect)}
                  />
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
