'use client'

import { useCallback, useEffect, useState } from 'react'
import type { StickerFilter } from '@/lib/schemas/stickers'
import { readSelection, type Selection, selectionKey } from './selection'

/**
 * The picker's choice under `filter`, kept in sessionStorage: it survives paging (a new page is a
 * new server render) and a reload, and starts afresh when the filter changes. `initial` applies
 * until something is stored (a director's own vehicles start all ticked).
 */
export function useStickerSelection(filter: StickerFilter, initial: Selection) {
  const key = selectionKey(filter)
  const [state, setState] = useState<{ key: string; selection: Selection }>({ key, selection: initial })

  useEffect(() => {
    const stored = sessionStorage.getItem(key)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- storage is only readable after hydration
    setState({ key, selection: stored === null ? initial : readSelection(stored) })
    // `initial` is a fresh object each render; the key alone says when to read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const update = useCallback(
    (next: (s: Selection) => Selection) =>
      setState((cur) => {
        const selection = next(cur.selection)
        sessionStorage.setItem(cur.key, JSON.stringify(selection))
        return { key: cur.key, selection }
      }),
    [],
  )
  return [state.key === key ? state.selection : initial, update] as const
}

/** Forgets the stored choice under `filter` (after its stickers were printed). */
export const forgetStickerSelection = (filter: StickerFilter) => sessionStorage.removeItem(selectionKey(filter))
