import { DEMO } from './demo'

/** The API the portal under test talks to (playwright.config.ts starts it on this port). */
const apiUrl = `http://127.0.0.1:${process.env.E2E_API_PORT || 4100}`
const basic = `Basic ${Buffer.from(`${DEMO.staff.login}:${DEMO.staff.password}`).toString('base64')}`
const TRUCK = 'b71ea01f-1664-11ea-8dad-1831bf7dd029'

/**
 * A client company with `size` vehicles, always the same (fixed BIN, guids, plates), pushed the way
 * 1C pushes a fleet (POST /1c/sync; idempotent). Plates `S000KZ02`… and VINs are unique, so a printout
 * can be checked vehicle by vehicle.
 */
export async function seedFleet(size = 195) {
  const biin = '195000001951' // a valid BIN (check digit 1) no demo company uses
  const pad = (i: number) => String(i).padStart(3, '0')
  const vehicles = Array.from({ length: size }, (_, i) => ({
    vehicle_guid: `f1ee7195-0000-4000-8000-000000000${pad(i)}`,
    biin,
    vehicle_type_code: TRUCK,
    vin_code: `XFLEET195000${pad(i)}KZ`,
    plate_number: `S${pad(i)}KZ02`,
    contract_number: `№${i + 1}/26 (ДЛ)`,
    contract_date_end: '2029-12-31',
  }))
  const res = await fetch(`${apiUrl}/1c/sync`, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/json' },
    body: JSON.stringify({
      companies: [{ biin, name: 'ТОО «Автопарк 195»', email: 'fleet195@mail.kz' }],
      vehicles,
      reports: [],
    }),
  })
  if (!res.ok) throw new Error(`POST /1c/sync → ${res.status} ${await res.text()}`)
  return { biin, vehicles }
}

/** GET /1c/vehicles as staff (to check what the portal recorded). */
export async function staffVehicles(query: string) {
  const res = await fetch(`${apiUrl}/1c/vehicles${query}`, { headers: { authorization: basic } })
  if (!res.ok) throw new Error(`GET /1c/vehicles → ${res.status}`)
  return (await res.json()).data as {
    total: number
    items: { vehicle_guid: string; sticker_printed_at: string | null }[]
  }
}
