import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, todayYmd } from '../../src/lib/dates.js'
import * as seed from '../fixtures/seed-examples.js'
import { bearer, DEMO_IIN, fileApi, loginDirector, loginEmployee, startApi } from '../helper.js'
import { shapeDiff } from '../shape.js'

const api = fileApi()
let director: string
let employee: string
beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
  employee = (await loginEmployee(api.url)).access_token
})

const get = (path: string, token = director) => fetch(`${api.url}${path}`, { headers: bearer(token) })
const json = async (path: string, token = director) => {
  const res = await get(path, token)
  return { status: res.status, body: await res.json() }
}
type Item = Record<string, any>
const all = (body: any): Item[] => [...body.data.reports.important, ...body.data.reports.general]

const V2 = '63fdb8c8-3d06-11ea-8db2-1831bf7dd028'
const V1 = '4cac2fb0-3cc2-11ea-8db2-1831bf7dd028'
const OTHER_COMPANY_VEHICLE = '9e1f0a10-5b6d-11ee-9405-005056aaa4ae'

describe('GET /reports/general/filter/{status_code}/{date_range_code}/{vehicle_guid}', () => {
  it('returns every report for null/null/null, shaped like the seed', async () => {
    const { status, body } = await json('/reports/general/filter/null/null/null')
    expect(status).toBe(200)
    expect(shapeDiff(seed.generalFilter, body)).toEqual([])
    const items = all(body)
    expect(items.length).toBe(99) // 22 recent + 77 of the 11-month history (7 vehicles)
    expect(new Set(items.map((r) => r.status_code))).toEqual(new Set([1, 2, 3, 4]))
    expect(body.data.reports.important.every((r: Item) => [1, 4].includes(r.status_code))).toBe(true)
    expect(body.data.reports.general.every((r: Item) => [2, 3].includes(r.status_code))).toBe(true)
    // Types in info cover every report; the truck type has no instructions: [] as in the seed.
    for (const r of items) expect(body.data.info.by_vehicle_type_code).toHaveProperty(r.vehicle_type_code)
    expect(body.data.info.by_vehicle_type_code['b71ea01f-1664-11ea-8dad-1831bf7dd029'].instructions).toEqual([])
    expect(
      Object.keys(body.data.info.by_vehicle_type_code['b71e9ff8-1664-11ea-8dad-1831bf7dd029'].instructions),
    ).toHaveLength(10)
  })

  it('flags overdue reports (statuses 1 and 4 past their finish day) and no others', async () => {
    const { body } = await json('/reports/general/filter')
    const today = todayYmd()
    for (const r of all(body)) {
      const finish = r.date_finish_datetime.slice(0, 10)
      const overdue = [1, 4].includes(r.status_code) && finish < today
      expect(r.status_expired_bool, r.ref_key).toBe(overdue)
      expect(r.status_expired_title === '', r.ref_key).toBe(!overdue)
    }
    expect(all(body).filter((r) => r.status_expired_bool).length).toBeGreaterThanOrEqual(3)
    const rejected = all(body).filter((r) => r.status_code === 4)
    expect(rejected.every((r) => r.reject_reason !== '')).toBe(true)
    expect(rejected.map((r) => r.reject_reason)).toContain('Плохое качество видеоматериала')
  })

  it('renders dates in Russian and local ISO', async () => {
    const { body } = await json('/reports/general/filter')
    const r = all(body)[0]!
    expect(r.date_start_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/)
    expect(r.date_start_render).toMatch(
      /^\d{2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}$/,
    )
  })

  it('filters by status, date range and vehicle', async () => {
    const byStatus = all((await json('/reports/general/filter/4/null/null')).body)
    expect(byStatus.length).toBeGreaterThan(0)
    expect(byStatus.every((r) => r.status_code === 4)).toBe(true)

    const since = addDays(todayYmd(), -7)
    const week = all((await json('/reports/general/filter/null/1w/null')).body)
    expect(week.length).toBeGreaterThan(0)
    expect(week.every((r) => r.date_finish_datetime.slice(0, 10) >= since)).toBe(true)
    const year = all((await json('/reports/general/filter/null/1y/null')).body)
    expect(year.length).toBeGreaterThan(week.length)
    expect(year.length).toBeLessThan(99) // one report is older than a year

    const byVehicle = all((await json(`/reports/general/filter/null/null/${V2}`)).body)
    expect(byVehicle.length).toBe(15) // 4 recent + 11 monthly in the history
    expect(byVehicle.every((r) => r.vehicle_guid === V2)).toBe(true)

    const combined = all((await json(`/reports/general/filter/1/1m/${V2}`)).body)
    expect(combined.map((r) => r.status_code)).toEqual([1])
  })

  it('treats empty and missing trailing segments as no filter', async () => {
    const full = all((await json('/reports/general/filter/null/null/null')).body).length
    for (const p of [
      '/reports/general/filter',
      '/reports/general/filter/',
      '/reports/general/filter/null',
      '/reports/general/filter//',
      '/reports/general/filter///',
      '/reports/general/filter/null/null',
    ]) {
      const { status, body } = await json(p)
      expect(status, p).toBe(200)
      expect(all(body).length, p).toBe(full)
    }
    const onlyStatus = all((await json('/reports/general/filter/2//')).body)
    expect(onlyStatus.every((r) => r.status_code === 2)).toBe(true)
    const onlyVehicle = all((await json(`/reports/general/filter///${V1}`)).body)
    expect(onlyVehicle.every((r) => r.vehicle_guid === V1)).toBe(true)
  })

  it('gives an employee plate_numbers instead of vehicles in the filter', async () => {
    const { status, body } = await json('/reports/general/filter/null/null/null', employee)
    expect(status).toBe(200)
    expect(body.data.filter.vehicle_type.length).toBeGreaterThan(0)
    for (const t of body.data.filter.vehicle_type) {
      expect(t).toHaveProperty('plate_numbers')
      expect(t).not.toHaveProperty('vehicles')
    }
    expect(shapeDiff(seed.authEmployee.data.filter, body.data.filter)).toEqual([])
  })

  it("scopes to the caller's company: another company's vehicle is 404", async () => {
    const res = await get(`/reports/general/filter/null/null/${OTHER_COMPANY_VEHICLE}`)
    expect(res.status).toBe(404)
    const other = await loginDirector(api.url, DEMO_IIN)
    const theirs = all((await json('/reports/general/filter', other.access_token)).body)
    expect(theirs.length).toBe(28) // 6 recent + 22 of the history (2 vehicles)
    expect(theirs.some((r) => r.vehicle_guid === V1)).toBe(false)
  })

  it('answers 422 for an unknown status or range, 401 without a token', async () => {
    const bad = await json('/reports/general/filter/7/null/null')
    expect(bad.status).toBe(422)
    expect(bad.body.data.errors).toHaveProperty('status_code')
    const range = await json('/reports/general/filter/null/2w/null')
    expect(range.status).toBe(422)
    expect(range.body.data.errors).toHaveProperty('date_range_code')
    expect((await fetch(`${api.url}/reports/general/filter/null/null/null`)).status).toBe(401)
    expect((await get('/reports/general/filter', 'not-a-jwt')).status).toBe(401)
  })
})

describe('GET /reports/vehicle/filter/{status_code}/{date_range_code}', () => {
  it('returns one row per vehicle shaped like the seed', async () => {
    const { status, body } = await json('/reports/vehicle/filter/null/null')
    expect(status).toBe(200)
    expect(shapeDiff(seed.vehicleFilter, body)).toEqual([])
    const rows = all(body)
    expect(rows.length).toBe(7)
    expect(new Set(rows.map((r) => r.vehicle_guid)).size).toBe(7)
  })

  it('picks the most pressing report: overdue first, then 4 > 1 > 2 > 3, then the latest', async () => {
    const { body: reportsBody } = await json('/reports/general/filter')
    const reports = all(reportsBody)
    const rank: Record<number, number> = { 4: 0, 1: 1, 2: 2, 3: 3 }
    const expected = new Map<string, Item>()
    const key = (x: Item) => [x.status_expired_bool ? 0 : 1, rank[x.status_code]!, -Date.parse(x.date_finish_datetime)]
    const cmp = (a: Item, b: Item) => {
      const [ka, kb] = [key(a), key(b)]
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!
      return 0
    }
    for (const r of reports) {
      const cur = expected.get(r.vehicle_guid)
      if (!cur || cmp(r, cur) < 0) expected.set(r.vehicle_guid, r)
    }
    const { body } = await json('/reports/vehicle/filter')
    for (const row of all(body)) {
      const want = expected.get(row.vehicle_guid)!
      expect(row.ref_key, row.plate_number).toBe(want.ref_key)
      expect(row.report_status_priority_code).toBe(want.status_code)
      expect(row.status_expired_bool).toBe(want.status_expired_bool)
    }
    // V2 has an overdue "due" and an overdue "rejected" report: the rejected one wins.
    const v2 = all(body).find((r) => r.vehicle_guid === V2)!
    expect(v2.report_status_priority_code).toBe(4)
    expect(v2.report_status_priority_title).toBe('Отказано')
    expect(v2.status_expired_bool).toBe(true)
  })

  it('filters the reports before picking, and answers 422 / 401', async () => {
    const approved = all((await json('/reports/vehicle/filter/3/null')).body)
    expect(approved.length).toBe(7)
    expect(approved.every((r) => r.report_status_priority_code === 3)).toBe(true)
    const week = all((await json('/reports/vehicle/filter/null/1w')).body)
    const weekReports = new Set(all((await json('/reports/general/filter/null/1w')).body).map((r) => r.ref_key))
    expect(week.length).toBeGreaterThan(0)
    expect(week.every((r) => weekReports.has(r.ref_key))).toBe(true)
    expect((await json('/reports/vehicle/filter/9/null')).status).toBe(422)
    expect((await fetch(`${api.url}/reports/vehicle/filter/null/null`)).status).toBe(401)
  })
})

describe('GET /reports/vehicle/select/{vehicle_guid}', () => {
  it("returns the vehicle's reports and info.this, shaped like the seed", async () => {
    const { status, body } = await json(`/reports/vehicle/select/${V1}`)
    expect(status).toBe(200)
    // `sticker_printed_at` is the contract's [ext] addition to `info.this` ("Workflow additions").
    expect(shapeDiff(seed.vehicleSelect, body, ['$.data.info.this.sticker_printed_at'])).toEqual([])
    expect(all(body).length).toBe(14) // 3 recent + 11 of the history
    expect(body.data.info.this).toMatchObject({
      contract_number: '№36/20 (ДЛ)',
      plate_number: '123456789',
      vin_code: 'XWW212140K2365328',
      image_path: `${api.url}/images/b71e9ff8-1664-11ea-8dad-1831bf7dd029/image.png`,
    })
    expect(body.data.info.this.contract_date_end > `${todayYmd()}T`).toBe(true)
  })

  it('uses API_PUBLIC_URL for image_path when set', async () => {
    const other = await startApi({ apiPublicUrl: 'https://api.example.kz' })
    try {
      const { access_token } = await loginDirector(other.url)
      const body = await (
        await fetch(`${other.url}/reports/vehicle/select/${V1}`, { headers: bearer(access_token) })
      ).json()
      expect(body.data.info.this.image_path).toBe(
        'https://api.example.kz/images/b71e9ff8-1664-11ea-8dad-1831bf7dd029/image.png',
      )
    } finally {
      await other.close()
    }
  })

  it("answers 404 for another company's or an unknown vehicle, 401 without a token", async () => {
    expect((await get(`/reports/vehicle/select/${OTHER_COMPANY_VEHICLE}`)).status).toBe(404)
    const unknown = await json('/reports/vehicle/select/00000000-0000-0000-0000-000000000000')
    expect(unknown.status).toBe(404)
    expect(unknown.body.status).toBe('error')
    expect((await fetch(`${api.url}/reports/vehicle/select/${V1}`)).status).toBe(401)
  })

  it('works for an employee too', async () => {
    expect((await get(`/reports/vehicle/select/${V1}`, employee)).status).toBe(200)
  })
})
