import { type CsvColumn, toCsv } from '@/lib/csv/to-csv'
import type { CompanyRow } from '@/lib/forte/schemas/insights'
import type { Locale } from '@/lib/i18n/locale'
import { percent } from './insights-format'
import { insightsText } from './insights-text'

/** The company table as CSV (BOM, `;`, CRLF): the same rows, order and figures as on the page. */
export function companiesCsv(rows: readonly CompanyRow[], locale: Locale): string {
  const t = insightsText(locale).clients.cols
  const pct = (r: number | null) => percent(locale, r, '')
  const columns: CsvColumn<CompanyRow>[] = [
    { header: t.company, value: (r) => r.company_name },
    { header: t.biin, value: (r) => r.biin },
    { header: t.open_overdue, value: (r) => r.open_overdue },
    { header: t.on_time_rate_90d, value: (r) => pct(r.on_time_rate_90d) },
    { header: t.rejected_rate_90d, value: (r) => pct(r.rejected_rate_90d) },
  ]
  return toCsv(rows, columns)
}
