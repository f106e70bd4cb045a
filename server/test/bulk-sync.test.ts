import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basic1C, loginDirector, startApi, type StartedApi } from './helper.js'
import { spawnApiBeside, type SpawnedApi } from './spawn-api.js'
import { companyItem, fleet, fleetNdjson, reportItem, vehicleItem, type Fleet } from './sync-fleet.js'

// The calls go to `npm run api` in its own process (so its memory can be read); `api` shares its database.
let api: StartedApi
let server: SpawnedApi
beforeAll(async () => {
  api = await startApi()
  server = await spawnApiBeside(api, { MEDIA_WORKERS: '0', LOG_LEVEL: 'warn' })
}, 60_000)
afterAll(async () => {
  await server?.stop()
  await api?.close()
})

const sync = (body: string, { type = 'application/x-ndjson', query = '', auth = basic1C() } = {}) =>
  fetch(`${server.url}/1c/sync${query}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(auth ? { authorization: auth } : {}) },
    body,
  })

/** How many of the fleet's rows are stored: its company, vehicles and reports. */
async function stored(f: Fleet) {
  const { db } = api.app
  const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> }) =>
    Number((await q.executeTakeFirstOrThrow()).n)
  return {
    companies: await count(
      db
        .selectFrom('companies')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('biin', '=', f.biin),
    ),
    vehicles: await count(
      db
        .selectFrom('vehicles')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('guid', 'like', `${f.vehicleGuid(0).slice(0, -6)}%`),
    ),
    reports: await count(
      db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('ref_key', 'like', `${f.refKey(0).slice(0, -6)}%`),
    ),
  }
}

const rssBytes = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024

describe('POST /1c/sync', () => {
  const big = fleet('load', '18054000991')
  const bigBody = fleetNdjson(big, 10_000)

  it('needs a 1C login: none, a wrong password or a client token get 401 and change nothing', async () => {
    const director = await loginDirector(api.url)
    for (const auth of ['', basic1C('admin_1C', 'wrong'), `Bearer ${director.access_token}`]) {
      const res = await sync(fleetNdjson(big, 3), { auth })
      expect(res.status).toBe(401)
      expect((await res.json()).status).toBe('error')
    }
    expect(await stored(big)).toEqual({ companies: 0, vehicles: 0, reports: 0 })
  })

  it('loads 10,000 vehicles and 10,000 reports in one NDJSON call; the server grows by under 64 MiB', async () => {
    // Warm up (code paths compiled, pools open) on another fleet, then watch the big call.
    const warm = fleet('warm', '18054000992')
    expect((await sync(fleetNdjson(warm, 200))).status).toBe(200)
    const before = rssBytes(server.pid)
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(server.pid))), 10)
    let res: Response
    let body: any
    try {
      res = await sync(bigBody)
      body = await res.json()
    } finally {
      clearInterval(sampler)
    }
    peak = Math.max(peak, rssBytes(server.pid))
    expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(200)
    expect(body.data).toEqual({
      message: 'success',
      code: 200,
      created: 20_001,
      updated: 0,
      unchanged: 0,
      errors: [],
    })
    expect(await stored(big)).toEqual({ companies: 1, vehicles: 10_000, reports: 10_000 })
    const growth = peak - before
    expect(growth, `RSS ${Math.round(before / 2 ** 20)} → ${Math.round(peak / 2 ** 20)} MiB`).toBeLessThan(64 * 2 ** 20)

    // What was stored is what 1C sent, with a new report's defaults.
    const report = await api.app.db
      .selectFrom('reports')
      .selectAll()
      .where('ref_key', '=', big.refKey(9_999))
      .executeTakeFirstOrThrow()
    expect(report).toMatchObject({
      vehicle_guid: big.vehicleGuid(9_999),
      status_code: 1,
      contract_number: '№9999/26 (ДЛ)',
    })
  })

  it('is idempotent: the same call again counts everything unchanged and writes nothing', async () => {
    const updatedAt = () =>
      api.app.db
        .selectFrom('reports')
        .select('updated_at')
        .where('ref_key', '=', big.refKey(5))
        .executeTakeFirstOrThrow()
    const stamp = await updatedAt()
    const res = await sync(bigBody)
    expect(res.status).toBe(200)
    expect((await res.json()).data).toMatchObject({ created: 0, updated: 0, unchanged: 20_001, errors: [] })
    expect(await updatedAt()).toEqual(stamp)
  })

  const small = fleet('one-bad', '18054000993')
  // Line 0 is the company, 1..50 the vehicles, 51..100 the reports: line 75 ends before it starts.
  const withOneBad = fleetNdjson(small, 50, (line, at) => {
    if (at === 75) line.date_finish = '2026-11-01'
  })

  it('applies nothing when one item is invalid, and lists that item', async () => {
    const res = await sync(withOneBad)
    expect(res.status).toBe(422)
    const body = await res.json()
    expect(body.status).toBe('error')
    expect(body.data).toMatchObject({ code: 422, created: 0, updated: 0, unchanged: 0 })
    expect(body.data.errors).toEqual([
      { index: 75, kind: 'report', key: small.refKey(24), message: expect.stringContaining('date_finish') },
    ])
    expect(await stored(small)).toEqual({ companies: 0, vehicles: 0, reports: 0 })
  })

  it('with ?partial=1 applies the valid items and lists the invalid one', async () => {
    const res = await sync(withOneBad, { query: '?partial=1' })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.data).toMatchObject({ created: 100, updated: 0, unchanged: 0 })
    expect(body.data.errors).toEqual([expect.objectContaining({ index: 75, kind: 'report', key: small.refKey(24) })])
    expect(await stored(small)).toEqual({ companies: 1, vehicles: 50, reports: 49 })
  })

  it('takes JSON {companies, vehicles, reports}: items may refer to each other; errors are indexed in their array', async () => {
    const f = fleet('json', '18054000994')
    const vehicles = [vehicleItem(f, 0), { ...vehicleItem(f, 1), vehicle_type_code: 'no-such-type' }]
    const reports = [{ ...reportItem(f, 0), status_code: 3 }, reportItem(f, 1)]
    // Reports first in the text: companies are still applied first, then vehicles, then reports.
    const body = JSON.stringify({ reports, vehicles, companies: [companyItem(f)] })
    const refused = await sync(body, { type: 'application/json' })
    expect(refused.status).toBe(422)
    // Listed in the order they came: the reports' array came first.
    expect((await refused.json()).data.errors).toEqual([
      { index: 1, kind: 'report', key: f.refKey(1), message: expect.stringMatching(/^vehicle_guid: Unknown vehicle/) },
      { index: 1, kind: 'vehicle', key: f.vehicleGuid(1), message: 'vehicle_type_code: Unknown vehicle type.' },
    ])
    const fixed = JSON.stringify({ companies: [companyItem(f)], vehicles: [vehicleItem(f, 0)], reports: [reports[0]] })
    const first = await sync(fixed, { type: 'application/json; charset=utf-8' })
    expect((await first.json()).data).toMatchObject({ created: 3, updated: 0, unchanged: 0, errors: [] })
    const moved = { ...vehicleItem(f, 0), plate_number: '999ZZZ02' }
    const again = JSON.stringify({ companies: [companyItem(f)], vehicles: [moved], reports: [reports[0]] })
    const second = await sync(again, { type: 'application/json' })
    expect((await second.json()).data).toMatchObject({ created: 0, updated: 1, unchanged: 2, errors: [] })
  })

  it('lists lines that are not JSON or of no known kind', async () => {
    const f = fleet('lines', '18054000995')
    const body = [
      'not json',
      JSON.stringify({ kind: 'driver' }),
      JSON.stringify({ kind: 'company', ...companyItem(f) }),
    ]
    const res = await sync(body.join('\n'), { query: '?partial=1' })
    const data = (await res.json()).data
    expect(data).toMatchObject({ created: 1 })
    expect(data.errors).toEqual([
      { index: 0, kind: null, key: null, message: 'Not valid JSON.' },
      { index: 1, kind: null, key: null, message: expect.stringContaining('kind') },
    ])
  })

  it('refuses more than 10,000 items of a kind (413), a malformed JSON body (400) and other media types (415)', async () => {
    const f = fleet('too-many', '18054000996')
    // The company and 10,001 vehicles: refused at the last line (so no large rest is left to read and discard).
    const vehicles = fleetNdjson(f, 10_001).split('\n').slice(0, 10_002).join('\n')
    const tooMany = await sync(vehicles)
    expect(tooMany.status).toBe(413)
    expect((await tooMany.json()).data.message).toMatch(/10000/)
    expect(await stored(f)).toEqual({ companies: 0, vehicles: 0, reports: 0 })
    expect((await sync('{"companies": [', { type: 'application/json' })).status).toBe(400)
    expect((await sync('{"drivers": []}', { type: 'application/json' })).status).toBe(422)
    expect((await sync('x', { type: 'text/csv' })).status).toBe(415)
  })
})
