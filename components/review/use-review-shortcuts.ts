'use client'

import { useRouter } from 'next/navigation'
import { type RefObject, useEffect, useEffectEvent } from 'react'
import { shortcutFor } from './shortcuts'

/**
 * The workspace's keys (A approve, R reason, J/K next/previous, Space play, ? help), off while the
 * person types and while a dialog has the keyboard.
 */
export function useReviewShortcuts(p: {
  onApprove: () => void
  onReject: () => void
  onHelp: () => void
  nextHref?: string
  prevHref?: string
  /** The box holding the video player (Space plays and pauses it). */
  videoBox: RefObject<HTMLElement | null>
}) {
  const router = useRouter()
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (document.querySelector('dialog[open]')) return // the help dialog has the keyboard
    const action = shortcutFor(e)
    if (!action) return
    if (action === 'toggle-play') {
      // Buttons, links and the player's own controls keep their native Space.
      if ((e.target as HTMLElement)?.closest?.('button, a, input, summary, [role="slider"]')) return
      const v = p.videoBox.current?.querySelector('video')
      if (!v) return
      e.preventDefault()
      if (v.paused) void v.play().catch(() => {})
      else v.pause()
      return
    }
    e.preventDefault()
    if (action === 'approve') p.onApprove()
    else if (action === 'reject') p.onReject()
    else if (action === 'next' && p.nextHref) router.push(p.nextHref)
    else if (action === 'prev' && p.prevHref) router.push(p.prevHref)
    else if (action === 'help') p.onHelp()
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
