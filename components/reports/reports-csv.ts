import type { ReportRow, ReportRows } from '@/lib/data/dashboard'
import { type CsvColumn, toCsv } from '@/lib/csv/to-csv'
import { statusTitle } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import { reportsText } from './reports-text'

type Row = ReportRow & { group: string }

/** The rows in view, important first, as CSV (BOM, `;`, CRLF) under headers in the reader's language. */
export function reportsCsv(rows: ReportRows, locale: Locale): string {
  const text = reportsText(locale)
  const h = text.csv
  const columns: CsvColumn<Row>[] = [
    { header: h.group, value: (r) => r.group },
    { header: h.number, value: (r) => r.report_number },
    { header: h.status, value: (r) => statusTitle(locale, r.status_code) },
    { header: h.overdue, value: (r) => r.expired },
    { header: h.start, value: (r) => r.date_start_render },
    { header: h.finish, value: (r) => r.date_finish_render },
    { header: h.plate, value: (r) => r.plate_number },
    { header: h.vin, value: (r) => r.vin_code },
    { header: h.contract, value: (r) => r.contract_number },
    { header: h.type, value: (r) => r.type_title },
  ]
  return toCsv<Row>(
    [
      ...rows.important.map((r) => ({ ...r, group: text.important })),
      ...rows.general.map((r) => ({ ...r, group: text.general })),
    ],
    columns,
  )
}
