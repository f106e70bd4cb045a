'use client'

import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table'
import { clsx } from 'clsx'
import { type ReactNode, useState } from 'react'
import { DataTablePagination, type PaginationText, paginationRu } from './data-table-pagination'

type Props<T> = {
  columns: ColumnDef<T, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any -- TanStack's own column type
  data: T[]
  caption: string
  getRowId: (row: T) => string
  empty: ReactNode
  rowClassName?: (row: T) => string | undefined
  pageSize?: number
  paginationText?: PaginationText
  initialSorting?: SortingState
  testId?: string
}

/**
 * A generic client table (TanStack v8): sortable headers, client paging. Every row arrives at once
 * (the API answers all in one list); only the current page is rendered.
 */
export function DataTable<T>({
  columns,
  data,
  caption,
  getRowId,
  empty,
  rowClassName,
  pageSize = 25,
  paginationText = paginationRu,
  initialSorting = [],
  testId,
}: Props<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize })
  const table = useReactTable({
    data,
    columns,
    state: { sorting, pagination },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    autoResetPageIndex: true, // new data (a filter changed) → back to page 1
  })
  const rows = table.getRowModel().rows
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={testId}>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-slate-700">
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const dir = h.column.getIsSorted()
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className="px-4 py-3 font-semibold whitespace-nowrap"
                      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                    >
                      {h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext())}
                    </th>
                  )
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-4 py-8 text-center text-slate-700">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id} data-row-id={r.id} className={clsx('hover:bg-slate-50', rowClassName?.(r.original))}>
                  {r.getVisibleCells().map((c) => (
                    <td key={c.id} className="px-4 py-3 align-top">
                      {flexRender(c.column.columnDef.cell, c.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {table.getRowCount() > pagination.pageSize || pagination.pageIndex > 0 ? (
        <DataTablePagination table={table} text={paginationText} label={`${caption}: страницы`} />
      ) : null}
    </div>
  )
}
