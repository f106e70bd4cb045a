'use client'

import { useEffect, useState } from 'react'

/** Seconds left until `deadline` (ms since epoch), ticking once a second. */
export function useCountdown(deadline: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(t)
  }, [deadline])
  return Math.max(0, Math.ceil((deadline - now) / 1000))
}

/** A deadline `seconds` from now (ms since epoch), for the countdowns. */
export const deadlineIn = (seconds: number) => Date.now() + seconds * 1000

export function mmss(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
