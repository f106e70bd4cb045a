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
import { type ReactNode, useState } from 'react'
import { useLocale } from '@/components/shell/locale-provider'
import { Pagination } from '@/components/ui/pagination'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { commonText } from '@/lib/i18n/common-text'

type Props<T> = {
  columns: ColumnDef<T>[]
  data: T[]
  caption: string
  getRowId: (row: T) => string
  empty: ReactNode
  rowClassName?: (row: T) => string | undefined
  /** The page in view (from the URL), its link, and how the view follows one. */
  page: number
  pageHref: (page: number) => string
  onNavigate: (href: string) => void
  pageSize?: number
  initialSorting?: SortingState
  testId?: string
}

/** A column's name for the phone's card view: its header when that is text, else `meta.label`. */
const columnLabel = <T,>(c: ColumnDef<T>) =>
  typeof c.header === 'string' ? c.header : (c.meta as { label?: string } | undefined)?.label

/**
 * A generic client table (TanStack v8): sortable headers, and pages of the rows that arrived all at
 * once (the API answers in one list); only the current page is rendered, its number in the URL.
 */
export function DataTable<T>({
  columns,
  data,
  caption,
  getRowId,
  empty,
  rowClassName,
  page,
  pageHref,
  onNavigate,
  pageSize = 25,
  initialSorting = [],
  testId,
}: Props<T>) {
  const text = commonText(useLocale()).pages
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const pages = Math.max(1, Math.ceil(data.length / pageSize))
  const pageIndex = Math.min(page, pages) - 1
  // TanStack's hooks return new functions each render, which the React Compiler cannot memoize: it skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting, pagination: { pageIndex, pageSize } },
    onSortingChange: (next) => {
      setSorting(next)
      if (page > 1) onNavigate(pageHref(1)) // a new order starts on its first page
    },
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    autoResetPageIndex: false, // the URL holds the page
  })
  const rows = table.getRowModel().rows
  const from = pageIndex * pageSize
  return (
    <Table
      caption={caption}
      testId={testId}
      footer={
        pages > 1 ? (
          <Pagination
            page={pageIndex + 1}
            pages={pages}
            href={pageHref}
            onNavigate={onNavigate}
            text={{ ...text, label: text.label(caption) }}
            summary={text.rows(from + 1, Math.min(data.length, from + pageSize), data.length)}
            className="border-t border-slate-100 px-4 py-3"
          />
        ) : null
      }
    >
      <TableHeader>
        {table.getHeaderGroups().map((g) => (
          <tr key={g.id}>
            {g.headers.map((h) => {
              const dir = h.column.getIsSorted()
              return (
                <TableHead
                  key={h.id}
                  className="whitespace-nowrap"
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                >
                  {h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext())}
                </TableHead>
              )
            })}
          </tr>
        ))}
      </TableHeader>
      <TableBody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="px-4 py-8 text-center text-slate-700">
              {empty}
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <TableRow key={r.id} data-row-id={r.id} className={rowClassName?.(r.original)}>
              {r.getVisibleCells().map((c) => (
                <TableCell key={c.id} className="align-top" label={columnLabel(c.column.columnDef)}>
                  {flexRender(c.column.columnDef.cell, c.getContext())}
                </TableCell>
              ))}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  )
}
