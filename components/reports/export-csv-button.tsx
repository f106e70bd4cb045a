'use client'

import { Button } from '@/components/ui/button'
import { downloadText } from '@/lib/csv/download'
import { reportsCsv } from './reports-csv'
import type { ReportRows } from './report-rows'
import type { ReportsText } from './reports-text'

/** Downloads exactly the rows in view (both tables, filters applied) as CSV for Excel. */
export function ExportCsvButton({ rows, text }: { rows: ReportRows; text: ReportsText }) {
  const count = rows.important.length + rows.general.length
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={!count}
      onClick={() => downloadText(reportsCsv(rows), `${text.csvName}-${new Date().toISOString().slice(0, 10)}.csv`)}
    >
      {text.exportCsv} ({count})
    </Button>
  )
}
