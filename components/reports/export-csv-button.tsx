'use client'

import { Button } from '@/components/ui/button'
import type { ReportRows } from '@/lib/data/dashboard'
import type { Locale } from '@/lib/i18n/locale'
import type { ReportsText } from './reports-text'

/** Downloads exactly the rows in view (both tables, filters applied) as CSV for Excel. */
export function ExportCsvButton({ rows, text, locale }: { rows: ReportRows; text: ReportsText; locale: Locale }) {
  const count = rows.important.length + rows.general.length
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={!count}
      onClick={async () => {
        // The CSV code is loaded when asked for: a first view does not need it.
        const [{ reportsCsv }, { downloadText }] = await Promise.all([
          import('./reports-csv'),
          import('@/lib/csv/download'),
        ])
        downloadText(reportsCsv(rows, locale), `${text.csvName}-${new Date().toISOString().slice(0, 10)}.csv`)
      }}
    >
      {text.exportCsv} ({count})
    </Button>
  )
}
