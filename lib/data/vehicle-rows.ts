import type { ReportItem } from '@/lib/forte/schemas/common'
import type { VehiclePriorityItem } from '@/lib/forte/schemas/reports'
import { awaitsVideo } from '@/lib/forte/codes'

/** A `/vehicles` row: the API's vehicle item plus what its open reports say about the next deadline. */
export type VehicleRow = VehiclePriorityItem & {
  /** `YYYY-MM-DD`: the earliest last day among its due or rejected reports; '' when none is open. */
  next_due: string
  /** Days since `next_due` passed (Almaty), 0 when it has not. */
  days_overdue: number
}

const DAY_MS = 86_400_000

/** Today's date in Almaty (`YYYY-MM-DD`): the business day the API's deadlines are counted in. */
export const almatyToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)

/**
 * Joins each vehicle with the reports of the same view. Directors' reports name the vehicle's guid;
 * employees' lists omit it, so the VIN (then the plate) matches them instead.
 */
export function toVehicleRows(vehicles: VehiclePriorityItem[], reports: ReportItem[], today: string): VehicleRow[] {
  const due = new Map<string, string>()
  const keep = (key: string | undefined, day: string) => {
    if (!key) return
    const seen = due.get(key)
    if (!seen || day < seen) due.set(key, day)
  }
  for (const r of reports) {
    if (!awaitsVideo(r.status_code)) continue
    const day = r.date_finish_datetime.slice(0, 10)
    keep(r.vehicle_guid && `g:${r.vehicle_guid}`, day)
    keep(r.vin_code && `v:${r.vin_code}`, day)
    keep(r.plate_number && `p:${r.plate_number}`, day)
  }
  return vehicles.map((v) => {
    const next = due.get(`g:${v.vehicle_guid}`) ?? due.get(`v:${v.vin_code}`) ?? due.get(`p:${v.plate_number}`) ?? ''
    return { ...v, next_due: next, days_overdue: next && next < today ? daysBetween(next, today) : 0 }
  })
}
