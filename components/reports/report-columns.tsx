'use client'

import type { ColumnDef } from '@tanstack/react-table'
import Link from 'next/link'
import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ReportRow } from '@/lib/data/dashboard'
import type { Locale } from '@/lib/i18n/locale'
import type { ReportsText } from './reports-text'

/** The dashboard's columns; the number links to the report page. */
export function reportColumns(text: ReportsText, locale: Locale): ColumnDef<ReportRow>[] {
  return [
    {
      id: 'report_number',
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
      accessorKey: 'status_code',
      sortDescFirst: false,
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colStatus} />,
      cell: ({ row }) => (
        <StatusBadge code={row.original.status_code} locale={locale} expired={row.original.expired || undefined} />
      ),
    },
    {
      id: 'date_finish',
      accessorKey: 'date_finish',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colFinish} />,
      cell: ({ row }) => (
        <span
          className="whitespace-nowrap"
          title={`${row.original.date_start_render} — ${row.original.date_finish_render}`}
        >
          {row.original.date_finish_render}
        </span>
      ),
    },
    {
      id: 'plate_number',
      accessorKey: 'plate_number',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colPlate} />,
      cell: ({ row }) => row.original.plate_number || <span className="text-slate-600">{text.noPlate}</span>,
    },
    {
      id: 'vin_code',
      accessorKey: 'vin_code',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colVin} />,
      cell: ({ row }) => <span className="font-mono text-xs">{row.original.vin_code}</span>,
    },
    {
      id: 'contract_number',
      accessorKey: 'contract_number',
      header: ({ column }) => <DataTableColumnHeader column={column} title={text.colContract} />,
    },
    { id: 'type_title', accessorKey: 'type_title', enableSorting: false, header: text.colType },
  ]
}
