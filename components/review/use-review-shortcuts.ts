'use client'

import { useRouter } from 'next/navigation'
import { type RefObject, useEffect, useEffectEvent } from 'react'
import { PLAYBACK_RATES } from '@/components/video/video-player'
import { isSendChord, shortcutFor, stepRate } from './shortcuts'

const SEEK_S = 5

/**
 * The workspace's keys (A approve, R reason, J/K next/previous, Space play, ←/→ seek 5 s, [/] speed,
 * 1–6 common reasons, P previous approved video, ? help), off while the person types and while a
 * dialog has the keyboard. Ctrl+Enter sends the rejection wherever the focus is.
 */
export function useReviewShortcuts(p: {
  onApprove: () => void
  onReject: () => void
  onSend: () => void
  onReason: (n: number) => void
  onPreviousVideo: () => void
  onHelp: () => void
  nextHref?: string
  prevHref?: string
  /** The box holding the video player (Space, arrows and brackets act on its video). */
  videoBox: RefObject<HTMLElement | null>
}) {
  const router = useRouter()
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (document.querySelector('dialog[open]')) return // the help dialog has the keyboard
    if (isSendChord(e)) {
      if (e.defaultPrevented) return // the reason field already sent it
      e.preventDefault()
      p.onSend()
      return
    }
    const action = shortcutFor(e)
    if (!action) return
    const video = p.videoBox.current?.querySelector('video')
    const onControl = (e.target as HTMLElement)?.closest?.('button, a, input, summary, [role="slider"]')
    if (action === 'toggle-play' || action === 'seek-back' || action === 'seek-forward') {
      // Buttons, links and the player's own controls keep their native Space and arrows.
      if (onControl || !video) return
      e.preventDefault()
      if (action === 'toggle-play') {
        if (video.paused) void video.play().catch(() => {})
        else video.pause()
      } else {
        const to = video.currentTime + (action === 'seek-back' ? -SEEK_S : SEEK_S)
        video.currentTime = Math.max(0, Number.isFinite(video.duration) ? Math.min(to, video.duration) : to)
      }
      return
    }
    if (action === 'slower' || action === 'faster') {
      if (!video) return
      e.preventDefault()
      video.playbackRate = stepRate(PLAYBACK_RATES, video.playbackRate, action === 'faster')
      return
    }
    e.preventDefault()
    if (action.startsWith('reason-')) p.onReason(Number(action.slice('reason-'.length)))
    else if (action === 'approve') p.onApprove()
    else if (action === 'reject') p.onReject()
    else if (action === 'next' && p.nextHref) router.push(p.nextHref)
    else if (action === 'prev' && p.prevHref) router.push(p.prevHref)
    else if (action === 'previous-video') p.onPreviousVideo()
    else if (action === 'help') p.onHelp()
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
