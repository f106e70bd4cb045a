import { type CsvColumn, toCsv } from '@/lib/csv/to-csv'
import type { ReportRow, ReportRows } from './report-rows'

type Row = ReportRow & { group: string }

/** Russian headers: the file is for people opening it in Excel. */
const COLUMNS: CsvColumn<Row>[] = [
  { header: 'Группа', value: (r) => r.group },
  { header: '№ отчёта', value: (r) => r.report_number },
  { header: 'Статус', value: (r) => r.status_title },
  { header: 'Просрочка', value: (r) => r.expired },
  { header: 'Начало периода', value: (r) => r.date_start_render },
  { header: 'Срок сдачи', value: (r) => r.date_finish_render },
  { header: 'Госномер', value: (r) => r.plate_number },
  { header: 'VIN', value: (r) => r.vin_code },
  { header: 'Договор', value: (r) => r.contract_number },
  { header: 'Тип транспорта', value: (r) => r.type_title },
]

/** The rows in view, important first, as CSV (BOM, `;`, CRLF). */
export function reportsCsv(rows: ReportRows): string {
  return toCsv<Row>(
    [
      ...rows.important.map((r) => ({ ...r, group: 'Требуют внимания' })),
      ...rows.general.map((r) => ({ ...r, group: 'Остальные' })),
    ],
    COLUMNS,
  )
}
