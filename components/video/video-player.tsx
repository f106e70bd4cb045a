'use client'

import { useEffect, useRef, useState } from 'react'
import { flushSync, preload } from 'react-dom'
import 'video.js/dist/video-js.css'
import { useLocale } from '@/components/shell/locale-provider'
import { PLAY_VIDEO, playerLanguage } from './player-language'

/** The speeds offered (the reviewer's `[` and `]` step through them too). */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2]

/**
 * How the plain video looks until video.js takes it over (then video.js's own classes apply). No
 * background of its own: until its poster is drawn, the box's (the same picture) shows through.
 */
const PLAIN_CLASSES = 'block aspect-video w-full object-contain'

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
 * A video.js player (seek, speed, fullscreen). video.js is most of a review page's JavaScript, so a
 * page first shows the plain <video> (poster, metadata, keyboard shortcuts already work on it) with a
 * play button; video.js is loaded and takes over that same element when the person reaches for the
 * player (pointer over it, the play button, or playback started by a shortcut). The element lives
 * outside React's tree because video.js rewrites the DOM around it; StrictMode's double mount gets a
 * fresh one, and cleanup disposes it.
 */
export function VideoPlayer({ src, type = 'video/mp4', label, className, testId = 'video-player', poster }: Props) {
  const host = useRef<HTMLDivElement>(null)
  // The controls speak the portal's language (the locale cookie), not the browser's.
  const locale = useLocale()
  const takeOver = useRef<() => void>(() => {})
  const play = useRef<() => void>(() => {})
  const [enhanced, setEnhanced] = useState(false)
  // The poster is the page's largest picture: asked for with the HTML, not once the scripts have run.
  if (poster) preload(poster, { as: 'image', fetchPriority: 'high' })

  useEffect(() => {
    let disposed = false
    let started = false
    let player: { dispose: () => void; isDisposed: () => boolean; hasStarted: (started: boolean) => void } | null = null
    const el = document.createElement('video')
    el.className = PLAIN_CLASSES
    el.preload = 'metadata'
    el.playsInline = true
    el.setAttribute('aria-label', label)
    if (poster) el.poster = poster
    const source = document.createElement('source')
    // Absolute, as the element reports its current source: video.js then sees the same source and takes
    // over without loading it again (which would stop a playback already under way).
    source.src = new URL(src, window.location.href).href
    source.type = type
    el.appendChild(source)
    host.current?.prepend(el)

    takeOver.current = () => {
      if (started) return
      started = true
      // A keyboard user pressed the play button: the focus goes on to the player's own play control.
      const hadFocus = host.current?.contains(document.activeElement) ?? false
      void Promise.all([import('video.js'), playerLanguage(locale)]).then(([{ default: videojs }, words]) => {
        if (disposed) return
        if (words) videojs.addLanguage(locale, words)
        // Our play button goes before video.js puts its own in the same place: never two at once.
        flushSync(() => setEnhanced(true))
        // video.js moves the element's classes to its own wrapper: give it the player's, not the plain look.
        el.className = 'video-js vjs-big-play-centered vjs-fluid'
        // The element keeps its source, poster, position and speed: nothing is loaded twice.
        player = videojs(el, {
          controls: true,
          preload: 'metadata',
          playbackRates: PLAYBACK_RATES,
          language: locale,
          controlBar: { pictureInPictureToggle: false },
        })
        // Taken over mid-playback: video.js shows its control bar as for a playback it started itself.
        if (!el.paused || el.currentTime > 0) player.hasStarted(true)
        if (hadFocus) el.parentElement?.querySelector<HTMLElement>('.vjs-play-control')?.focus()
      })
    }
    // Playback starts at once, within the click (browsers allow play only then); video.js takes over while
    // it plays, as it does when a shortcut (Space) or a script starts it.
    play.current = () => void el.play().catch(() => {})
    const onPlay = () => takeOver.current()
    el.addEventListener('play', onPlay)
    return () => {
      disposed = true
      el.removeEventListener('play', onPlay)
      takeOver.current = () => {}
      play.current = () => {}
      setEnhanced(false)
      if (player && !player.isDisposed()) player.dispose()
      else el.remove()
    }
  }, [src, type, label, locale, poster])

  return (
    <div
      ref={host}
      // Until video.js takes over, the box is the plain video's size from the server's HTML on (nothing
      // moves when the element comes in), and shows the poster before the element is there.
      className={`relative ${enhanced ? '' : 'aspect-video bg-black bg-contain bg-center bg-no-repeat'} ${className ?? ''}`}
      style={!enhanced && poster ? { backgroundImage: `url("${poster}")` } : undefined}
      data-testid={testId}
      onPointerEnter={() => takeOver.current()}
    >
      {enhanced ? null : (
        <button
          type="button"
          onClick={() => play.current()}
          aria-label={PLAY_VIDEO[locale]}
          title={PLAY_VIDEO[locale]}
          className="absolute inset-0 m-auto flex h-12 w-20 items-center justify-center rounded-md border-2 border-white bg-slate-800/70 text-white hover:bg-slate-800/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        >
          {/* Shaped like video.js's own play button, which takes its place: nothing jumps. */}
          <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 size-8 fill-current">
            <path d="M8 5v14l11-7z" />
          </svg>
        </button>
      )}
    </div>
  )
}
