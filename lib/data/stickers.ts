import 'server-only'
import type { ApiAuth } from '@/lib/auth/session'
import { getVehicleFilter } from '@/lib/forte/reports'
import { listVehicles1C } from '@/lib/forte/review'

/** What a sticker carries: the QR code's text (exactly the vehicle_guid), the plate and the VIN. */
export type StickerVehicle = { vehicle_guid: string; plate_number: string; vin_code: string }
/** Forte staff also see whose vehicle it is. */
export type PickableVehicle = StickerVehicle & { company?: string; biin?: string }

type StaffVehicle = Awaited<ReturnType<typeof listVehicles1C>>['items'][number]
const pickable = (v: StaffVehicle): PickableVehicle => ({
  vehicle_guid: v.vehicle_guid,
  plate_number: v.plate_number,
  vin_code: v.vin_code,
  company: v.company_name,
  biin: v.biin,
})

/** A director's own vehicles (one row per vehicle of `/reports/vehicle/filter`). */
export async function ownVehicles(auth: ApiAuth): Promise<PickableVehicle[]> {
  const data = await getVehicleFilter(auth)
  return [...data.reports.important, ...data.reports.general].map(({ vehicle_guid, plate_number, vin_code }) => ({
    vehicle_guid,
    plate_number,
    vin_code,
  }))
}

export const STAFF_PAGE_SIZE = 50

/** Forte staff: vehicles of every company, searched by BIN and plate/VIN. */
export async function searchVehicles(auth: ApiAuth, s: { biin: string; q: string; page: number }) {
  const { items, total } = await listVehicles1C(auth, {
    biin: s.biin || undefined,
    q: s.q || undefined,
    page: s.page,
    per_page: STAFF_PAGE_SIZE,
  })
  return { vehicles: items.map(pickable), total }
}

/**
 * The chosen vehicles in the chosen order, read from the API (never from the URL, so a sticker
 * always carries the real plate and VIN). Ids the caller may not see are left out.
 */
export async function resolveVehicles(auth: ApiAuth, guids: string[]): Promise<PickableVehicle[]> {
  if (guids.length === 0) return []
  const found = new Map<string, PickableVehicle>()
  if (auth.kind === 'bearer') {
    for (const v of await ownVehicles(auth)) found.set(v.vehicle_guid, v)
  } else {
    const wanted = new Set(guids)
    for (let page = 1; page <= 40 && [...wanted].some((g) => !found.has(g)); page++) {
      const { items, total } = await listVehicles1C(auth, { page, per_page: 100 })
      for (const v of items) if (wanted.has(v.vehicle_guid)) found.set(v.vehicle_guid, pickable(v))
      if (page * 100 >= total || items.length === 0) break
    }
  }
  return guids.flatMap((g) => (found.has(g) ? [found.get(g)!] : []))
}
