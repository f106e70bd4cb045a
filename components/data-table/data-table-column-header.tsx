'use client'

import type { Column } from '@tanstack/react-table'

/** A sortable header: a real button (keyboard), the direction as an arrow and in aria-sort on the th. */
export function DataTableColumnHeader<T>({ column, title }: { column: Column<T, unknown>; title: string }) {
  if (!column.getCanSort()) return <>{title}</>
  const dir = column.getIsSorted()
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className="inline-flex items-center gap-1 rounded font-semibold hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-accent"
    >
      {title}
      <span aria-hidden="true" className="text-xs text-slate-500">
        {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
      </span>
    </button>
  )
}
