import type { StickerFilter } from '@/lib/schemas/stickers'

/**
 * The picker's choice, Gmail/react-admin style: a list of ticked vehicles (kept across pages), or
 * "every vehicle of the filter" minus the ones unticked since. The second never needs the ids of
 * pages not yet seen, so "all 195" means all 195 whatever the page size.
 */
export type Selection = { all: false; ids: string[] } | { all: true; excluded: string[] }

export const EMPTY_SELECTION: Selection = { all: false, ids: [] }

export const isSelected = (s: Selection, id: string) => (s.all ? !s.excluded.includes(id) : s.ids.includes(id))

/** How many vehicles are chosen, when the filter matches `total`. */
export const selectedCount = (s: Selection, total: number) =>
  s.all ? Math.max(0, total - s.excluded.length) : s.ids.length

/** Ticks (`on`) or unticks `ids`, keeping the rest of the choice. */
export function setSelected(s: Selection, ids: string[], on: boolean): Selection {
  if (s.all) {
    const excluded = s.excluded.filter((id) => !ids.includes(id))
    return { all: true, excluded: on ? excluded : [...excluded, ...ids] }
  }
  const rest = s.ids.filter((id) => !ids.includes(id))
  return { all: false, ids: on ? [...rest, ...ids] : rest }
}

/** The print view's query for the choice: `v=` each id, or `all=1` with `x=` each exception. */
export function selectionParams(s: Selection): [string, string][] {
  return s.all ? [['all', '1'], ...s.excluded.map((id): [string, string] => ['x', id])] : s.ids.map((id) => ['v', id])
}

/** Where the choice under a filter is kept for the tab's life (it survives paging and reloads). */
export const selectionKey = (f: StickerFilter) => `forte:stickers:${f.biin}|${f.q}|${f.sticker}`

/** A stored choice, or the empty one for anything unreadable. */
export function readSelection(raw: string | null): Selection {
  try {
    const v: unknown = raw ? JSON.parse(raw) : null
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      const ids = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [])
      if (o.all === true) return { all: true, excluded: ids(o.excluded) }
      if (o.all === false) return { all: false, ids: ids(o.ids) }
    }
  } catch {
    // a hand-edited or old entry: start afresh
  }
  return EMPTY_SELECTION
}
