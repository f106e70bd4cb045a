import type { Database } from '../db/types.js'
import { ROLE, type Status, STATUS } from './codes.js'
import { addDays, addMonths, daysBetween } from './dates.js'

/**
 * How reports look on the wire (api-contract.md "Conventions" and "Codes").
 * Pure functions: the 1C endpoints reuse them.
 */

/** The seed's title of each status (`status_title`, the filters' `status` map). */
const STATUS_TITLES: Record<Status, string> = {
  [STATUS.DUE]: 'Сдать Отчет',
  [STATUS.SENT]: 'Отправлено',
  [STATUS.APPROVED]: 'Одобрено',
  [STATUS.REJECTED]: 'Отказано',
}

export const DATE_RANGES = { '1w': 'Неделя', '1m': 'Месяц', '6m': 'Полгода', '1y': 'Год' } as const
export type DateRangeCode = keyof typeof DATE_RANGES

/** "Important" = needs action (due, rejected); "general" = sent or approved. */
const isImportant = (status: number) => status === STATUS.DUE || status === STATUS.REJECTED

export const statusTitle = (code: number): string => STATUS_TITLES[code as Status] ?? ''

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

/**
 * `fn` remembering its answers: large lists repeat few distinct dates, so each date's text is made
 * once and shared by every row that has it. Forgets all past `limit` keys (a bound, never reached in practice).
 */
function memo(fn: (key: string) => string, limit = 20_000): (key: string) => string {
  const seen = new Map<string, string>()
  return (key) => {
    let out = seen.get(key)
    if (out === undefined) {
      out = fn(key)
      if (seen.size >= limit) seen.clear()
      seen.set(key, out)
    }
    return out
  }
}

/** `2022-03-03` → `03 марта 2022`. */
export const renderDateRu = memo((ymd) => {
  const [y, m, d] = ymd.slice(0, 10).split('-')
  return `${d} ${MONTHS_GENITIVE[Number(m) - 1] ?? ''} ${y}`
})

/** `2022-03-03` → `2022-03-03T00:00:00` (local, no offset). */
export const datetimeOf = memo((ymd) => (ymd ? `${ymd.slice(0, 10)}T00:00:00` : ''))

/** `Просрочен на N дн.` of a period that ended on `finish`, seen `today`: the key is `finish|today`. */
const overdueTitle = memo((key) => {
  const cut = key.lastIndexOf('|')
  return `Просрочен на ${daysBetween(key.slice(0, cut), key.slice(cut + 1))} дн.`
})

const NOT_OVERDUE = Object.freeze({ status_expired_bool: false as boolean, status_expired_title: '' })

/** Overdue: due or rejected, and the last day of the period is before today (Almaty). */
export function overdueOf(statusCode: number, dateFinish: string, today: string) {
  if (!isImportant(statusCode) || !(dateFinish < today)) return NOT_OVERDUE
  return { status_expired_bool: true, status_expired_title: overdueTitle(`${dateFinish}|${today}`) }
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

/** A report joined with its vehicle: what the repositories select (`reportColumns`). */
export type ReportRow = Pick<
  Database['reports'],
  | 'ref_key'
  | 'report_number'
  | 'contract_number'
  | 'date_start'
  | 'date_finish'
  | 'status_code'
  | 'reject_reason'
  | 'vehicle_guid'
> &
  Pick<Database['vehicles'], 'vin_code' | 'plate_number' | 'vehicle_type_code'>

/** The seed's report item (general filter, /auth). */
export function formatReport(r: ReportRow, today: string) {
  // Named fields, not a spread of overdueOf: one object per row (lists run to 100,000 rows).
  const overdue = overdueOf(r.status_code, r.date_finish, today)
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
    status_expired_bool: overdue.status_expired_bool,
    status_expired_title: overdue.status_expired_title,
    reject_reason: r.reject_reason,
    vin_code: r.vin_code,
    plate_number: r.plate_number,
    vehicle_guid: r.vehicle_guid,
    vehicle_type_code: r.vehicle_type_code,
  }
}

/** The seed's shorter item for /reports/vehicle/select (the vehicle is in `info.this`). */
export function formatVehicleReport(r: ReportRow, today: string) {
  const { contract_number: _c, vin_code: _v, plate_number: _p, vehicle_guid: _g, ...item } = formatReport(r, today)
  return item
}

/** Splits items into the seed's `{important, general}` by status. */
export function splitReports<T extends { status_code: number }>(items: T[]) {
  const important: T[] = []
  const general: T[] = []
  for (const it of items) (isImportant(it.status_code) ? important : general).push(it)
  return { important, general }
}

export type VehicleTypeRow = Database['vehicle_types']

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

export type VehicleRow = Pick<Database['vehicles'], 'guid' | 'plate_number' | 'vehicle_type_code'>

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
    roleId === ROLE.DIRECTOR
      ? { ref_key, vehicles: list.map((v) => ({ vehicle_guid: v.guid, plate_number: v.plate_number })) }
      : { ref_key, plate_numbers: list.map((v) => v.plate_number) },
  )
  return { status: { ...STATUS_TITLES }, vehicle_type, date_range: { ...DATE_RANGES } }
}
