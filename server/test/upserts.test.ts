import { describe, expect, it } from 'vitest'
import { basic1C, fileApi } from './helper.js'
import { biinFrom } from './sync-fleet.js'

const api = fileApi()

const BIN = biinFrom('18054000123')
const GUID = 'aa000001-1111-11ee-9405-005056aaa4ae'
const REF = 'bb000001-2222-11ee-9405-005056aaa4ae'

const put = (path: string, body: unknown) =>
  fetch(`${api.url}/1c${path}`, {
    method: 'PUT',
    headers: { authorization: basic1C(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const rowsOf = async () => ({
  company: await api.app.db.selectFrom('companies').selectAll().where('biin', '=', BIN).execute(),
  vehicle: await api.app.db.selectFrom('vehicles').selectAll().where('guid', '=', GUID).execute(),
  report: await api.app.db.selectFrom('reports').selectAll().where('ref_key', '=', REF).execute(),
})

const company = { name: 'Бета Логистик ТОО', email: 'beta@mail.kz' }
const vehicle = {
  biin: BIN,
  vehicle_type_code: 'b71ea01f-1664-11ea-8dad-1831bf7dd029',
  vin_code: 'XTC65115R00000001',
  plate_number: '001AAA02',
  contract_number: '№1/24 (ДЛ)',
  contract_date_end: '2027-01-31',
}
const report = { vehicle_guid: GUID, report_number: '000000001', date_start: '2026-01-01', date_finish: '2026-01-08' }

describe('PUT /1c/companies, /1c/vehicles, /1c/reports', () => {
  it('creates (201), then the same bodies again change nothing (200, changed:false)', async () => {
    const first = [
      await put(`/companies/${BIN}`, company),
      await put(`/vehicles/${GUID}`, vehicle),
      await put(`/reports/${REF}`, report),
    ]
    expect(first.map((r) => r.status)).toEqual([201, 201, 201])
    const bodies = await Promise.all(first.map((r) => r.json()))
    expect(bodies.map((b) => b.data.created)).toEqual([true, true, true])
    expect(bodies[2].data.report).toMatchObject({ status_code: 1, contract_number: '№1/24 (ДЛ)', biin: BIN })
    const state1 = await rowsOf()
    expect(state1.company).toHaveLength(1)

    const again = [
      await put(`/companies/${BIN}`, company),
      await put(`/vehicles/${GUID}`, vehicle),
      await put(`/reports/${REF}`, report),
    ]
    expect(again.map((r) => r.status)).toEqual([200, 200, 200])
    expect((await Promise.all(again.map((r) => r.json()))).map((b) => b.data.changed)).toEqual([false, false, false])
    expect(await rowsOf()).toEqual(state1)
  })

  it('updates in place and keeps what 1C did not send (a report keeps its status)', async () => {
    await api.app.db.updateTable('reports').set({ status_code: 2 }).where('ref_key', '=', REF).execute()
    const res = await put(`/reports/${REF}`, { ...report, date_finish: '2026-01-15' })
    expect(res.status).toBe(200)
    expect((await res.json()).data).toMatchObject({
      created: false,
      changed: true,
      report: { date_finish: '2026-01-15', status_code: 2 },
    })
    const renamed = await put(`/companies/${BIN}`, { ...company, name: 'Бета Логистик' })
    expect((await renamed.json()).data).toMatchObject({ changed: true, company: { name: 'Бета Логистик' } })
    const { company: c, report: r } = await rowsOf()
    expect(c[0]!.name).toBe('Бета Логистик')
    expect(r[0]).toMatchObject({ date_finish: '2026-01-15', status_code: 2 })
  })

  it('the pushed data shows in the 1C lists', async () => {
    const res = await fetch(`${api.url}/1c/reports?biin=${BIN}`, { headers: { authorization: basic1C() } })
    const { data } = await res.json()
    expect(data.items.map((i: any) => i.ref_key)).toEqual([REF])
    expect(data.items[0]).toMatchObject({ plate_number: '001AAA02', vehicle_type_title: 'Грузовой автомобиль' })
  })

  it('422 for a bad check digit, an unknown company, type or vehicle, or a reversed period', async () => {
    const bad = BIN.slice(0, 11) + String((Number(BIN[11]) + 1) % 10)
    const cases: [string, unknown, string][] = [
      [`/companies/${bad}`, company, 'biin'],
      [`/vehicles/${GUID}`, { ...vehicle, biin: '200940026146'.slice(0, 11) + '0' }, 'biin'],
      [`/vehicles/${GUID}`, { ...vehicle, vehicle_type_code: 'nope' }, 'vehicle_type_code'],
      [`/reports/${REF}`, { ...report, vehicle_guid: 'no-such-vehicle' }, 'vehicle_guid'],
      [`/reports/${REF}`, { ...report, date_start: '2026-02-01' }, 'date_finish'],
    ]
    const before = await rowsOf()
    for (const [path, body, field] of cases) {
      const res = await put(path, body)
      expect(res.status, path).toBe(422)
      expect((await res.json()).data.errors, path).toHaveProperty(field)
    }
    expect(await rowsOf()).toEqual(before)
  })

  it('needs 1C credentials', async () => {
    const res = await fetch(`${api.url}/1c/companies/${BIN}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(company),
    })
    expect(res.status).toBe(401)
  })
})
