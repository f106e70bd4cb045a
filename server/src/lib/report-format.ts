import { addDays, addMonths, daysBetween } from './dates.js'

/**
 * How reports look on the wire (api-contract.md "Conventions" and "Codes").
 * Pure functions: the 1C endpoints reuse them.
 */

export const STATUS_TITLES = { 1: 'Сдать Отчет', 2: 'Отправлено', 3: 'Одобрено', 4: 'Отказано' } as const
export type StatusCode = keyof typeof STATUS_TITLES
export const STATUS_CODES = [1, 2, 3, 4] as const

export const DATE_RANGES = { '1w': 'Неделя', '1m': 'Месяц', '6m': 'Полгода', '1y': 'Год' } as const
export type DateRangeCode = keyof typeof DATE_RANGES

/** "Important" = needs action (due, rejected); "general" = sent or approved. */
export const IMPORTANT_STATUSES: readonly number[] = [1, 4]
export const isImportant = (status: number) => IMPORTANT_STATUSES.includes(status)

export const statusTitle = (code: number): string => STATUS_TITLES[code as StatusCode] ?? ''

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
]

// Large lists repeat few distinct dates: render each once.
const rendered = new Map<string, string>()

/** `2022-03-03` → `03 марта 2022`. */
export function renderDateRu(ymd: string): string {
  let out = rendered.get(ymd)
  if (out === undefined) {
    const [y, m, d] = ymd.slice(0, 10).split('-')
    out = `${d} ${MONTHS_GENITIVE[Number(m) - 1] ?? ''} ${y}`
    if (rendered.size > 20_000) rendered.clear()
    rendered.set(ymd, out)
  }
  return out
}

/** `2022-03-03` → `2022-03-03T00:00:00` (local, no offset). */
export const datetimeOf = (ymd: string): string => (ymd ? `${ymd.slice(0, 10)}T00:00:00` : '')

/** Overdue: status 1 or 4 and the last day of the period is before today (Almaty). */
export function overdueOf(statusCode: number, dateFinish: string, today: string) {
  if (!isImportant(statusCode) || !(dateFinish < today)) return { status_expired_bool: false, status_expired_title: '' }
  return { status_expired_bool: true, status_expired_title: `Просрочен на ${daysBetween(dateFinish, today)} дн.` }
}

/** First day a report's period must reach to match a date range: today − range. */
export function rangeStart(code: DateRangeCode, today: string): string {
  switch (code) {
    case '1w':
      return addDays(today, -7)
    case '1m':
      return addMonths(today, -1)
    case '6m':
      return addMonths(today, -6)
    case '1y':
      return addMonths(today, -12)
  }
}

/** A report joined with its vehicle: what the repositories select. */
export interface ReportRow {
  ref_key: string
  report_number: string
  contract_number: string
  date_start: string
  date_finish: string
  status_code: number
  reject_reason: string
  vehicle_guid: string
  vin_code: string
  plate_number: string
  vehicle_type_code: string
}

/** The seed's report item (general filter, /auth). */
export function formatReport(r: ReportRow, today: string) {
  return {
    ref_key: r.ref_key,
    report_number: r.report_number,
    contract_number: r.contract_number,
    date_start_render: renderDateRu(r.date_start),
    date_start_datetime: datetimeOf(r.date_start),
    date_finish_render: renderDateRu(r.date_finish),
    date_finish_datetime: datetimeOf(r.date_finish),
    status_title: statusTitle(r.status_code),
    status_code: r.status_code,
    ...overdueOf(r.status_code, r.date_finish, today),
    reject_reason: r.reject_reason,
    vin_code: r.vin_code,
    plate_number: r.plate_number,
    vehicle_guid: r.vehicle_guid,
    vehicle_type_code: r.vehicle_type_code,
  }
}
export type ReportItem = ReturnType<typeof formatReport>

/** The seed's shorter item for /reports/vehicle/select (the vehicle is in `info.this`). */
export function formatVehicleReport(r: ReportRow, today: string) {
  return {
    ref_key: r.ref_key,
    report_number: r.report_number,
    date_start_render: renderDateRu(r.date_start),
    date_start_datetime: datetimeOf(r.date_start),
    date_finish_render: renderDateRu(r.date_finish),
    date_finish_datetime: datetimeOf(r.date_finish),
    status_title: statusTitle(r.status_code),
    status_code: r.status_code,
    ...overdueOf(r.status_code, r.date_finish, today),
    reject_reason: r.reject_reason,
    vehicle_type_code: r.vehicle_type_code,
  }
}

/** Splits items into the seed's `{important, general}` by status. */
export function splitReports<T extends { status_code: number }>(items: T[]) {
  const important: T[] = []
  const general: T[] = []
  for (const it of items) (isImportant(it.status_code) ? important : general).push(it)
  return { important, general }
}

export interface VehicleTypeRow {
  code: string
  title: string
  instructions: string
}

/** `["a","b"]` → `{"1":"a","2":"b"}`; none → `[]` as the seed shows. */
export function instructionsMap(json: string): Record<string, string> | never[] {
  let list: unknown
  try {
    list = JSON.parse(json)
  } catch {
    list = []
  }
  if (!Array.isArray(list) || list.length === 0) return []
  return Object.fromEntries(list.map((s, i) => [String(i + 1), String(s)]))
}

/** `info.by_vehicle_type_code`, in the order the types first appear. */
export function byVehicleTypeCode(types: VehicleTypeRow[], withInstructions = true) {
  const out: Record<string, { vehicle_type_title: string; instructions?: Record<string, string> | never[] }> = {}
  for (const t of types) {
    out[t.code] = withInstructions
      ? { vehicle_type_title: t.title, instructions: instructionsMap(t.instructions) }
      : { vehicle_type_title: t.title }
  }
  return out
}

export interface VehicleRow {
  guid: string
  plate_number: string
  vehicle_type_code: string
}

/** `filter` of /reports/vehicle/filter: statuses and date ranges only. */
export const statusRangeFilter = () => ({ status: { ...STATUS_TITLES }, date_range: { ...DATE_RANGES } })

/** `filter`: statuses, vehicles grouped by type (`plate_numbers` for an EMPLOYEE), date ranges. */
export function filterBlock(vehicles: VehicleRow[], roleId: number) {
  const groups = new Map<string, VehicleRow[]>()
  for (const v of vehicles) {
    const g = groups.get(v.vehicle_type_code) ?? []
    g.push(v)
    groups.set(v.vehicle_type_code, g)
  }
  const vehicle_type = [...groups].map(([ref_key, list]) =>
    roleId === 1
      ? { ref_key, vehicles: list.map((v) => ({ vehicle_guid: v.guid, plate_number: v.plate_number })) }
      : { ref_key, plate_numbers: list.map((v) => v.plate_number) },
  )
  return { status: { ...STATUS_TITLES }, vehicle_type, date_range: { ...DATE_RANGES } }
}
