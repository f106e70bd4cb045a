import { isValidBiin } from '../src/lib/biin.js'

/** Bodies for POST /1c/sync (tests and `npm run bench`): a company and its fleet, as 1C would send them. */

/** A BIN with a correct check digit, from its first 11 digits. */
export function biinFrom(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (isValidBiin(`${prefix}${d}`)) return `${prefix}${d}`
  throw new Error(`no check digit for ${prefix}`)
}

const TRUCK = 'b71ea01f-1664-11ea-8dad-1831bf7dd029'

export interface Fleet {
  biin: string
  vehicleGuid: (i: number) => string
  refKey: (i: number) => string
}

/** A company with `n` vehicles and one report each; keys start with `prefix`, so fleets never collide. */
export function fleet(prefix: string, biinPrefix: string): Fleet {
  return {
    biin: biinFrom(biinPrefix),
    vehicleGuid: (i) => `${prefix}-v-${String(i).padStart(6, '0')}`,
    refKey: (i) => `${prefix}-r-${String(i).padStart(6, '0')}`,
  }
}

export const companyItem = (f: Fleet) => ({ biin: f.biin, name: `ТОО «${f.biin}»`, email: `${f.biin}@mail.kz` })
export const vehicleItem = (f: Fleet, i: number) => ({
  vehicle_guid: f.vehicleGuid(i),
  biin: f.biin,
  vehicle_type_code: TRUCK,
  vin_code: `XTC${String(i).padStart(14, '0')}`,
  plate_number: `${String(i % 1000).padStart(3, '0')}AB02`,
  contract_number: `№${i}/26 (ДЛ)`,
  contract_date_end: '2028-12-31',
})
export const reportItem = (f: Fleet, i: number) => ({
  ref_key: f.refKey(i),
  vehicle_guid: f.vehicleGuid(i),
  report_number: String(i).padStart(9, '0'),
  date_start: '2026-12-01',
  date_finish: '2026-12-08',
})

/** NDJSON of the company, its `n` vehicles, then their `n` reports (one `{"kind": ...}` a line). */
export function fleetNdjson(f: Fleet, n: number, edit?: (line: Record<string, unknown>, at: number) => void): string {
  const lines: Record<string, unknown>[] = [{ kind: 'company', ...companyItem(f) }]
  for (let i = 0; i < n; i++) lines.push({ kind: 'vehicle', ...vehicleItem(f, i) })
  for (let i = 0; i < n; i++) lines.push({ kind: 'report', ...reportItem(f, i) })
  lines.forEach((line, at) => edit?.(line, at))
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n'
}
