'use client'

import { useEffect, useEffectEvent, useState } from 'react'

/**
 * A search box kept in the URL: it shows `committed` (the URL's value; back/forward change it) and
 * hands what is typed to `commit` 300 ms after the last key, trimmed, so the URL is not written per key.
 */
export function useDebouncedInput(committed: string, commit: (value: string) => void, delayMs = 300) {
  const [value, setValue] = useState(committed)
  const [shown, setShown] = useState(committed)
  // The URL moved under us: show what it says (state adjusted while rendering, as React advises).
  if (committed !== shown) {
    setShown(committed)
    setValue(committed)
  }
  const onCommit = useEffectEvent(commit)
  useEffect(() => {
    if (value.trim() === committed) return
    const t = setTimeout(() => onCommit(value.trim()), delayMs)
    return () => clearTimeout(t)
  }, [value, committed, delayMs])
  return { value, set: setValue }
}
