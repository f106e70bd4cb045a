'use client'

import type { ColumnDef } from '@tanstack/react-table'
import Link from 'next/link'
import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ReportRow } from '@/lib/data/dashboard'
import { apiDay } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import type { ReportsText } from './reports-text'

/** The dashboard's columns; the number links to the report page. */
export function reportColumns(text: ReportsText, locale: Locale): ColumnDef<ReportRow>[] {
  return [
    {
      id: 'report_number',
      meta: { label: text.colNumber },
      accessorKey: 'report_number',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colNumber} />,
      cell: ({ row }) => (
        <Link
          href={`/reports/${encodeURIComponent(row.original.ref_key)}`}
          prefetch={false}
          className="font-medium text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
        >
          {row.original.report_number}
        </Link>
      ),
    },
    {
      id: 'status',
      meta: { label: text.colStatus },
      accessorKey: 'status_code',
      sortDescFirst: false,
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colStatus} />,
      cell: ({ row }) => (
        <>
          <StatusBadge code={row.original.status_code} locale={locale} expired={row.original.expired || undefined} />
          {row.original.reject_reason ? (
            <p className="mt-1 line-clamp-2 max-w-xs text-xs text-red-800" data-testid="row-reject-reason">
              {row.original.reject_reason}
            </p>
          ) : null}
        </>
      ),
    },
    {
      id: 'date_finish',
      meta: { label: text.colFinish },
      accessorKey: 'date_finish',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colFinish} />,
      cell: ({ row }) => (
        <span
          className="whitespace-nowrap"
          title={`${apiDay(locale, row.original.date_start, row.original.date_start_render)} — ${apiDay(locale, row.original.date_finish, row.original.date_finish_render)}`}
        >
          {apiDay(locale, row.original.date_finish, row.original.date_finish_render)}
        </span>
      ),
    },
    {
      id: 'plate_number',
      meta: { label: text.colPlate },
      accessorKey: 'plate_number',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colPlate} />,
      cell: ({ row }) => row.original.plate_number || <span className="text-slate-600">{text.noPlate}</span>,
    },
    {
      id: 'vin_code',
      meta: { label: text.colVin },
      accessorKey: 'vin_code',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colVin} />,
      cell: ({ row }) => <span className="font-mono text-xs">{row.original.vin_code}</span>,
    },
    {
      id: 'contract_number',
      meta: { label: text.colContract },
      accessorKey: 'contract_number',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colContract} />,
    },
    { id: 'type_title', accessorKey: 'type_title', enableSorting: false, header: text.colType },
  ]
}
