'use client'

import { Button } from '@/components/ui/button'
import type { StickersText } from './stickers-text'

type Props = {
  text: StickersText
  count: number
  total: number
  allMode: boolean
  pageAll: boolean
  pageSize: number
  onSelectPage: () => void
  onSelectAll: () => void
  onClear: () => void
}

/** The running counter and the select page / select all by filter / clear buttons (Gmail's banner). */
export function SelectionBar({
  text,
  count,
  total,
  allMode,
  pageAll,
  pageSize,
  onSelectPage,
  onSelectAll,
  onClear,
}: Props) {
  const note = allMode ? text.allSelected(total) : pageAll && total > pageSize ? text.pageSelected(pageSize) : null
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-slate-50 px-3 py-2">
      <p className="text-sm font-semibold text-slate-900" aria-live="polite" data-testid="selected-count">
        {text.selected(count)}
      </p>
      {note ? <p className="text-sm text-slate-700">{note}</p> : null}
      <div className="flex flex-wrap gap-2">
        {!pageAll ? (
          <Button variant="secondary" size="sm" onClick={onSelectPage}>
            {text.selectPage}
          </Button>
        ) : null}
        {!allMode && total > 0 ? (
          <Button variant="secondary" size="sm" onClick={onSelectAll}>
            {text.selectAllFilter(total)}
          </Button>
        ) : null}
        {count > 0 ? (
          <Button variant="ghost" size="sm" onClick={onClear}>
            {text.selectNone}
          </Button>
        ) : null}
      </div>
    </div>
  )
}
