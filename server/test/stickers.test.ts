import { beforeAll, describe, expect, it } from 'vitest'
import { basic1C, bearer, DEMO_BIN, DEMO_IIN, fileApi, loginDirector, loginEmployee } from './helper.js'

const api = fileApi()
let director: string
type Vehicle = { vehicle_guid: string; biin: string; plate_number: string; sticker_printed_at: string | null }
let all: Vehicle[]
const own = () => all.filter((v) => v.biin === DEMO_BIN)
const other = () => all.filter((v) => v.biin === DEMO_IIN)

const list1C = async (query = '') => {
  const res = await fetch(`${api.url}/1c/vehicles?per_page=100${query}`, { headers: { authorization: basic1C() } })
  expect(res.status).toBe(200)
  return (await res.json()).data as { items: Vehicle[]; total: number }
}
const post = (path: string, auth: Record<string, string>, body: unknown) =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
const printedGuids = async () => (await list1C()).items.filter((v) => v.sticker_printed_at !== null)

beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
  all = (await list1C()).items
  expect(own().length).toBeGreaterThan(2)
  expect(other().length).toBeGreaterThan(0)
})

describe('POST /1c/vehicles/stickers', () => {
  it('records the print time; /1c/vehicles shows it and sticker=none leaves those vehicles out', async () => {
    expect(all.every((v) => v.sticker_printed_at === null)).toBe(true)
    const before = await list1C('&sticker=none')
    expect(before.total).toBe(all.length)

    const chosen = [own()[0]!.vehicle_guid, other()[0]!.vehicle_guid]
    const t0 = Date.now()
    const res = await post(
      '/1c/vehicles/stickers',
      { authorization: basic1C() },
      { vehicle_guids: [...chosen, chosen[0]] },
    )
    expect(res.status).toBe(200)
    const data = (await res.json()).data
    expect(data.printed).toBe(2)
    expect(Date.parse(data.sticker_printed_at)).toBeGreaterThanOrEqual(t0 - 1000)

    const after = await list1C()
    for (const v of after.items)
      expect(v.sticker_printed_at, v.plate_number).toBe(
        chosen.includes(v.vehicle_guid) ? data.sticker_printed_at : null,
      )
    const none = await list1C('&sticker=none')
    expect(none.total).toBe(all.length - 2)
    expect(none.items.map((v) => v.vehicle_guid).sort()).toEqual(
      all
        .map((v) => v.vehicle_guid)
        .filter((g) => !chosen.includes(g))
        .sort(),
    )
    // combined with the other filters, and an empty value means no filter
    const ownNone = await list1C(`&biin=${DEMO_BIN}&sticker=none`)
    expect(ownNone.total).toBe(own().length - 1)
    expect((await list1C('&sticker=')).total).toBe(all.length)
  })

  it('refuses an unknown guid and records nothing of that call', async () => {
    const before = await printedGuids()
    const fresh = all.find((v) => !before.some((p) => p.vehicle_guid === v.vehicle_guid))!
    const res = await post(
      '/1c/vehicles/stickers',
      { authorization: basic1C() },
      { vehicle_guids: [fresh.vehicle_guid, '00000000-0000-0000-0000-000000000000'] },
    )
    expect(res.status).toBe(404)
    expect((await res.json()).data.message).toMatch(/nothing was recorded/)
    expect(await printedGuids()).toEqual(before)
  })

  it('validates the body: 422 with the field, nothing recorded', async () => {
    const before = await printedGuids()
    const guid = all[0]!.vehicle_guid
    for (const body of [
      {},
      { vehicle_guids: [] },
      { vehicle_guids: guid },
      { vehicle_guids: [''] },
      { vehicle_guids: [42] },
      { vehicle_guids: ['x'.repeat(65)] },
      { vehicle_guids: Array.from({ length: 1001 }, () => guid) },
    ]) {
      const res = await post('/1c/vehicles/stickers', { authorization: basic1C() }, body)
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422)
      const err = (await res.json()).data
      expect(Object.keys(err.errors ?? {}).join(' ')).toMatch(/vehicle_guids/)
    }
    expect((await post('/1c/vehicles/stickers', { authorization: basic1C() }, '{"vehicle_guids": [')).status).toBe(400)
    expect(await printedGuids()).toEqual(before)
  })

  it('needs 1C credentials', async () => {
    const res = await post('/1c/vehicles/stickers', {}, { vehicle_guids: [all[0]!.vehicle_guid] })
    expect(res.status).toBe(401)
    const bad = await post('/1c/vehicles/stickers', bearer(director), { vehicle_guids: [all[0]!.vehicle_guid] })
    expect(bad.status).toBe(401)
  })
})

describe('POST /vehicles/stickers', () => {
  it("records the director's own vehicles; /reports/vehicle/filter and /reports/vehicle/select show it", async () => {
    const guid = own().at(-1)!.vehicle_guid
    const res = await post('/vehicles/stickers', bearer(director), { vehicle_guids: [guid] })
    expect(res.status).toBe(200)
    const { printed, sticker_printed_at } = (await res.json()).data
    expect(printed).toBe(1)

    const filter = await fetch(`${api.url}/reports/vehicle/filter`, { headers: bearer(director) })
    const rows = Object.values((await filter.json()).data.reports as Record<string, any[]>).flat()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row).toHaveProperty('sticker_printed_at')
    expect(rows.find((r) => r.vehicle_guid === guid)?.sticker_printed_at).toBe(sticker_printed_at)

    const select = await fetch(`${api.url}/reports/vehicle/select/${guid}`, { headers: bearer(director) })
    expect((await select.json()).data.info.this.sticker_printed_at).toBe(sticker_printed_at)
    const untouched = own().find(
      (v) => v.vehicle_guid !== guid && !rows.some((r) => r.vehicle_guid === v.vehicle_guid && r.sticker_printed_at),
    )!
    const select2 = await fetch(`${api.url}/reports/vehicle/select/${untouched.vehicle_guid}`, {
      headers: bearer(director),
    })
    expect((await select2.json()).data.info.this.sticker_printed_at).toBeNull()
  })

  it("refuses another company's vehicle and records nothing, not even the own ones in the same call", async () => {
    const before = await printedGuids()
    const mine = own().find((v) => !before.some((p) => p.vehicle_guid === v.vehicle_guid))!.vehicle_guid
    const theirs = other().at(-1)!.vehicle_guid
    const res = await post('/vehicles/stickers', bearer(director), { vehicle_guids: [mine, theirs] })
    expect(res.status).toBe(404)
    expect((await res.json()).data.message).toMatch(/not among your vehicles: nothing was recorded/)
    expect(await printedGuids()).toEqual(before)
  })

  it('is for the director only: an employee gets 403, no token 401', async () => {
    const employee = (await loginEmployee(api.url)).access_token
    const guid = own()[0]!.vehicle_guid
    expect((await post('/vehicles/stickers', bearer(employee), { vehicle_guids: [guid] })).status).toBe(403)
    expect((await post('/vehicles/stickers', {}, { vehicle_guids: [guid] })).status).toBe(401)
    expect((await post('/vehicles/stickers', bearer(director), { vehicle_guids: [] })).status).toBe(422)
  })
})
