'use client'

import { useEffect, useRef } from 'react'
import 'video.js/dist/video-js.css'
import { useLocale } from '@/components/shell/locale-provider'
import { playerLanguage } from './player-language'

/** The speeds offered (the reviewer's `[` and `]` step through them too). */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2]

type Props = {
  src: string
  type?: string
  /** Accessible name of the player (e.g. "Видео отчёта № 12"). */
  label: string
  className?: string
  testId?: string
  /** A picture shown before playback (the report's poster frame). */
  poster?: string
}

/**
 * A video.js player (seek, speed, fullscreen). video.js is loaded on mount, not in the first-load
 * bundle; the <video> element is created here, outside React's tree, because video.js rewrites the
 * DOM around it; StrictMode's double mount gets a fresh element each time, and cleanup disposes it.
 */
export function VideoPlayer({ src, type = 'video/mp4', label, className, testId = 'video-player', poster }: Props) {
  const host = useRef<HTMLDivElement>(null)
  // The controls speak the portal's language (the locale cookie), not the browser's.
  const locale = useLocale()

  useEffect(() => {
    let disposed = false
    let player: { dispose: () => void; isDisposed: () => boolean } | null = null
    const el = document.createElement('video-js')
    el.classList.add('vjs-big-play-centered', 'vjs-fluid')
    el.setAttribute('aria-label', label)
    host.current?.appendChild(el)
    void Promise.all([import('video.js'), playerLanguage(locale)]).then(([{ default: videojs }, words]) => {
      if (disposed) return
      if (words) videojs.addLanguage(locale, words)
      player = videojs(el, {
        controls: true,
        preload: 'metadata',
        playbackRates: PLAYBACK_RATES,
        sources: [{ src, type }],
        ...(poster ? { poster } : {}),
        language: locale,
        controlBar: { pictureInPictureToggle: false },
      })
    })
    return () => {
      disposed = true
      if (player && !player.isDisposed()) player.dispose()
      else el.remove()
    }
  }, [src, type, label, locale, poster])

  return <div ref={host} className={className} data-testid={testId} />
}
