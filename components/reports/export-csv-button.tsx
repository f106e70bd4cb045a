'use client'

import { Button } from '@/components/ui/button'
import type { ReportRows } from '@/lib/data/dashboard'
import { downloadText } from '@/lib/csv/download'
import type { Locale } from '@/lib/i18n/locale'
import { reportsCsv } from './reports-csv'
import type { ReportsText } from './reports-text'

/** Downloads exactly the rows in view (both tables, filters applied) as CSV for Excel. */
export function ExportCsvButton({ rows, text, locale }: { rows: ReportRows; text: ReportsText; locale: Locale }) {
  const count = rows.important.length + rows.general.length
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={!count}
      onClick={() =>
        downloadText(reportsCsv(rows, locale), `${text.csvName}-${new Date().toISOString().slice(0, 10)}.csv`)
      }
    >
      {text.exportCsv} ({count})
    </Button>
  )
}
