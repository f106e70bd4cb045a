'use client'

import type { Table } from '@tanstack/react-table'
import { useId } from 'react'
import { Button } from '@/components/ui/button'

export type PaginationText = {
  page: (n: number, of: number) => string
  rows: (from: number, to: number, total: number) => string
  prev: string
  next: string
  first: string
  last: string
  perPage: string
}

export const paginationRu: PaginationText = {
  page: (n, of) => `Страница ${n} из ${of}`,
  rows: (a, b, t) => `${a}–${b} из ${t}`,
  prev: 'Назад',
  next: 'Вперёд',
  first: 'В начало',
  last: 'В конец',
  perPage: 'Строк на странице',
}
export const paginationEn: PaginationText = {
  page: (n, of) => `Page ${n} of ${of}`,
  rows: (a, b, t) => `${a}–${b} of ${t}`,
  prev: 'Previous',
  next: 'Next',
  first: 'First',
  last: 'Last',
  perPage: 'Rows per page',
}

const SIZES = [10, 25, 50, 100]

/** Client paging under a table: only one page of rows is ever in the DOM, however many there are. */
export function DataTablePagination<T>({
  table,
  text,
  label,
}: {
  table: Table<T>
  text: PaginationText
  label: string
}) {
  const { pageIndex, pageSize } = table.getState().pagination
  const total = table.getRowCount()
  const pages = Math.max(1, table.getPageCount())
  const from = total ? pageIndex * pageSize + 1 : 0
  const to = Math.min(total, (pageIndex + 1) * pageSize)
  const sizeId = useId()
  return (
    <nav
      aria-label={label}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 px-4 py-3 text-sm text-slate-700"
    >
      <span>{text.rows(from, to, total)}</span>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={sizeId}>{text.perPage}</label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(e) => table.setPageSize(Number(e.target.value))}
          className="h-8 rounded-lg border border-slate-300 bg-white px-2 focus-visible:outline-2 focus-visible:outline-accent"
        >
          {SIZES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => table.firstPage()}
          disabled={!table.getCanPreviousPage()}
          aria-label={text.first}
        >
          «
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => table.previousPage()}
          disabled={!table.getCanPreviousPage()}
        >
          {text.prev}
        </Button>
        <span aria-live="polite">{text.page(pageIndex + 1, pages)}</span>
        <Button size="sm" variant="secondary" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          {text.next}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => table.lastPage()}
          disabled={!table.getCanNextPage()}
          aria-label={text.last}
        >
          »
        </Button>
      </div>
    </nav>
  )
}
