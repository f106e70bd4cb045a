import { firstParam, type SearchParams } from '@/lib/search-params'

/** The query keys a page gets after a decision (`?decided=3&undo=<ref_key>&no=<number>&until=<ms>`). */
export const DECIDED_KEYS = ['decided', 'undo', 'no', 'until', 'undone']

export type DecidedParams = {
  code: 3 | 4
  /** The decided report, and its number to name it. */
  refKey?: string
  reportNumber?: string
  /** Until when (this browser's clock, ms) the undo is offered. */
  until?: number
}

/** What the previous page decided, read from the query; undefined when it decided nothing. */
export function decidedParams(sp: SearchParams): DecidedParams | undefined {
  const code = firstParam(sp.decided)
  if (code !== '3' && code !== '4') return undefined
  const until = Number(firstParam(sp.until))
  return {
    code: code === '3' ? 3 : 4,
    refKey: firstParam(sp.undo)?.slice(0, 100) || undefined,
    reportNumber: firstParam(sp.no)?.slice(0, 50) || undefined,
    until: Number.isFinite(until) && until > 0 ? until : undefined,
  }
}
