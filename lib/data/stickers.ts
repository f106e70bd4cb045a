import 'server-only'
import type { ApiAuth } from '@/lib/auth/session'
import { getVehicleFilter } from '@/lib/forte/reports'
import { listVehicles1C } from '@/lib/forte/review'
import { MAX_STICKERS } from '@/lib/forte/codes'
import type { StickerFilter } from '@/lib/schemas/stickers'

/** What a sticker carries: the QR code's text (exactly the vehicle_guid), the plate and the VIN. */
export type StickerVehicle = { vehicle_guid: string; plate_number: string; vin_code: string }
/** Forte staff also see whose vehicle it is; both see when its sticker was last printed. */
export type PickableVehicle = StickerVehicle & { company?: string; biin?: string; sticker_printed_at: string | null }

type StaffVehicle = Awaited<ReturnType<typeof listVehicles1C>>['items'][number]
const pickable = (v: StaffVehicle): PickableVehicle => ({
  vehicle_guid: v.vehicle_guid,
  plate_number: v.plate_number,
  vin_code: v.vin_code,
  company: v.company_name,
  biin: v.biin,
  sticker_printed_at: v.sticker_printed_at,
})

/** A director's own vehicles (one row per vehicle of `/reports/vehicle/filter`), optionally only those without a sticker. */
export async function ownVehicles(auth: ApiAuth, f: Pick<StickerFilter, 'sticker'> = { sticker: '' }) {
  const data = await getVehicleFilter(auth)
  return [...data.reports.important, ...data.reports.general]
    .map(({ vehicle_guid, plate_number, vin_code, sticker_printed_at }): PickableVehicle => ({
      vehicle_guid,
      plate_number,
      vin_code,
      sticker_printed_at: sticker_printed_at ?? null,
    }))
    .filter((v) => f.sticker !== 'none' || v.sticker_printed_at === null)
}

export const STAFF_PAGE_SIZE = 50
/** The API page size used to read a whole filter (the API allows up to 200). */
const READ_PAGE_SIZE = 100

const staffQuery = (f: StickerFilter) => ({
  biin: f.biin || undefined,
  q: f.q || undefined,
  sticker: f.sticker || undefined,
})

/** Forte staff: one page of vehicles of every company, searched by BIN, plate/VIN, sticker state. */
export async function searchVehicles(auth: ApiAuth, s: StickerFilter & { page: number }) {
  const { items, total } = await listVehicles1C(auth, { ...staffQuery(s), page: s.page, per_page: STAFF_PAGE_SIZE })
  return { vehicles: items.map(pickable), total }
}

/**
 * Every vehicle of the filter the caller may see, read page by page from the API, up to `limit`
 * (so a job never silently stops at a page) or until `enough` says so; `total` is how many the filter matches.
 */
async function vehiclesOfFilter(
  auth: ApiAuth,
  f: StickerFilter,
  limit: number,
  enough: (got: PickableVehicle[]) => boolean = () => false,
) {
  if (auth.kind === 'bearer') {
    const vehicles = await ownVehicles(auth, f)
    return { vehicles: vehicles.slice(0, limit), total: vehicles.length }
  }
  const vehicles: PickableVehicle[] = []
  let total = 0
  for (let page = 1; vehicles.length < limit; page++) {
    const res = await listVehicles1C(auth, { ...staffQuery(f), page, per_page: READ_PAGE_SIZE })
    total = res.total
    vehicles.push(...res.items.map(pickable))
    if (res.items.length === 0 || page * READ_PAGE_SIZE >= res.total || enough(vehicles)) break
  }
  return { vehicles: vehicles.slice(0, limit), total }
}

/** How far an explicit choice is looked up among the filter's vehicles (40 API pages of 100). */
const LOOKUP_LIMIT = 4000

/**
 * The vehicles of a print job in the picker's order (as listed, whatever order they were ticked in),
 * read from the API (never from the URL, so a sticker always carries the real plate and VIN). `all`: every vehicle of the filter but the
 * excluded ones (`matched` says how many the filter holds); otherwise the chosen guids, and ids
 * the caller may not see are left out.
 */
export async function resolveVehicles(
  auth: ApiAuth,
  filter: StickerFilter,
  pick: { all: false; guids: string[] } | { all: true; excluded: string[] },
): Promise<{ vehicles: PickableVehicle[]; matched: number }> {
  if (pick.all) {
    const excluded = new Set(pick.excluded)
    const { vehicles, total } = await vehiclesOfFilter(auth, filter, MAX_STICKERS + excluded.size)
    const chosen = vehicles.filter((v) => !excluded.has(v.vehicle_guid))
    return { vehicles: chosen, matched: total - excluded.size }
  }
  if (pick.guids.length === 0) return { vehicles: [], matched: 0 }
  const wanted = new Set(pick.guids)
  // Without the sticker filter: a job printed (and so recorded) a moment ago still reloads whole.
  const { vehicles } = await vehiclesOfFilter(auth, { ...filter, sticker: '' }, LOOKUP_LIMIT, (got) => {
    const seen = new Set(got.map((v) => v.vehicle_guid))
    return pick.guids.every((g) => seen.has(g))
  })
  const chosen = vehicles.filter((v) => wanted.has(v.vehicle_guid))
  return { vehicles: chosen, matched: chosen.length }
}
