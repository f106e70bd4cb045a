import { describe, expect, it } from 'vitest'
import { todayYmd } from '../src/lib/dates.js'
import { basic1C, bearer, DEMO_BIN, DEMO_IIN, fileApi, loginDirector } from './helper.js'

/**
 * A report shows its vehicle's current fields, read by the vehicle's guid: also once 1C has moved the
 * vehicle to another company (the report stays with the company it was made for).
 */
const CAR = 'b71e9ff8-1664-11ea-8dad-1831bf7dd029'
const TRUCK = 'b71ea01f-1664-11ea-8dad-1831bf7dd029'
const GUID = 'moved-vehicle-0001'
const REF = 'moved-report-0001'

const api = fileApi()
const staff = { authorization: basic1C(), 'content-type': 'application/json' }
const put = (p: string, body: unknown) =>
  fetch(`${api.url}${p}`, { method: 'PUT', headers: staff, body: JSON.stringify(body) })
const items = async (biin: string) => {
  const { access_token } = await loginDirector(api.url, biin)
  const res = await fetch(`${api.url}/reports/general/filter/null/null/null`, { headers: bearer(access_token) })
  const body = (await res.json()) as any
  return { body, all: [...body.data.reports.important, ...body.data.reports.general] as Record<string, any>[] }
}

describe('a report whose vehicle moved to another company', () => {
  it("keeps showing on its company's list, with the vehicle's new plate and type", async () => {
    const vehicle = { biin: DEMO_BIN, vehicle_type_code: CAR, plate_number: '111AAA01', vin_code: 'VINMOVED000000001' }
    expect((await put(`/1c/vehicles/${GUID}`, vehicle)).status).toBeLessThan(300)
    const today = todayYmd()
    const report = { vehicle_guid: GUID, report_number: '777000101', date_start: today, date_finish: today }
    expect((await put(`/1c/reports/${REF}`, report)).status).toBe(201)
    const before = (await items(DEMO_BIN)).all.find((r) => r.ref_key === REF)
    expect(before).toMatchObject({ plate_number: '111AAA01', vin_code: 'VINMOVED000000001', vehicle_type_code: CAR })

    const moved = { ...vehicle, biin: DEMO_IIN, vehicle_type_code: TRUCK, plate_number: '222BBB02' }
    expect((await put(`/1c/vehicles/${GUID}`, moved)).status).toBeLessThan(300)
    const { body, all } = await items(DEMO_BIN)
    expect(all.find((r) => r.ref_key === REF)).toMatchObject({
      vehicle_guid: GUID,
      plate_number: '222BBB02',
      vin_code: 'VINMOVED000000001',
      vehicle_type_code: TRUCK,
    })
    // Its type is explained in info, as every listed report's is.
    expect(body.data.info.by_vehicle_type_code).toHaveProperty(TRUCK)
    // The new company does not see the old company's report.
    expect((await items(DEMO_IIN)).all.some((r) => r.ref_key === REF)).toBe(false)
  })
})
