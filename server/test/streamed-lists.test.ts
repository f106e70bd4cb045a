import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedScale } from '../src/seed/scale.js'
import * as seed from './fixtures/seed-examples.js'
import { bearer, DEMO_BIN, loginDirector, startApi, type StartedApi } from './helper.js'
import { shapeDiff } from './shape.js'

// A company with thousands of reports: its lists are written row by row (lib/json-stream.ts).
let api: StartedApi
let token: string
beforeAll(async () => {
  api = await startApi({ mediaWorkers: 0 })
  await seedScale(api.app.db, { reports: 6000, seed: 11, videoDir: api.config.videoDir, now: new Date() })
  token = (await loginDirector(api.url)).access_token
}, 120_000)
afterAll(async () => {
  await api?.close()
})

type Item = Record<string, unknown> & { ref_key: string; status_code: number }
const get = async (path: string) => {
  const res = await fetch(`${api.url}${path}`, { headers: bearer(token) })
  return { res, body: (await res.json()) as any }
}
const items = (body: any): Item[] => [...body.data.reports.important, ...body.data.reports.general]

describe('large report lists, streamed', () => {
  it('/reports/general/filter answers thousands of rows in pieces, shaped like the seed, the same rows as filtered asks', async () => {
    const { res, body } = await get('/reports/general/filter/null/null/null')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    // Written as it goes: no length known up front.
    expect(res.headers.get('content-length')).toBeNull()
    expect(res.headers.get('transfer-encoding')).toBe('chunked')
    expect(shapeDiff(seed.generalFilter, body)).toEqual([])
    expect(body).toMatchObject({ status: 'ok', data: { message: 'success', code: 200 } })
    const rows = items(body)
    expect(rows.length).toBeGreaterThan(2000)
    expect(new Set(rows.map((r) => r.ref_key)).size).toBe(rows.length)
    // Read a page at a time: every report of the company once, each list in date order across the pages.
    const company = await api.app.db
      .selectFrom('reports')
      .innerJoin('companies', 'companies.id', 'reports.company_id')
      .where('companies.biin', '=', DEMO_BIN)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(rows.length).toBe(Number(company.n))
    for (const list of [body.data.reports.important, body.data.reports.general] as Item[][]) {
      const days = list.map((r) => String(r.date_finish_datetime))
      expect(days).toEqual([...days].sort())
    }

    // Each status asked alone (smaller answers, sent whole) gives exactly the same items in the same order.
    for (const status of [1, 2, 3, 4]) {
      const one = await get(`/reports/general/filter/${status}/null/null`)
      expect(items(one.body)).toEqual(rows.filter((r) => r.status_code === status))
      expect(one.body.data.info).toEqual(body.data.info)
    }
  })

  it('a small answer still goes out whole, with its length', async () => {
    const { res, body } = await get('/reports/general/filter/1/1w/null')
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0)
    expect(body.status).toBe('ok')
  })

  // Last: it moves reports. Deadlines bunch on one day (the end of a month): the list is read a page at
  // a time, and a page may end in the middle of that day.
  it('thousands of reports due the same day are all listed once, in the database order', async () => {
    const db = api.app.db
    const company = await db.selectFrom('companies').select('id').where('biin', '=', DEMO_BIN).executeTakeFirstOrThrow()
    const day = await db
      .selectFrom('reports')
      .select('date_finish')
      .where('company_id', '=', company.id)
      .executeTakeFirstOrThrow()
    await db.updateTable('reports').set({ date_finish: day.date_finish }).where('company_id', '=', company.id).execute()
    const expected = await db
      .selectFrom('reports')
      .select(['ref_key', 'status_code'])
      .where('company_id', '=', company.id)
      .orderBy('date_finish')
      .orderBy('ref_key')
      .execute()
    expect(expected.length).toBeGreaterThan(2_000) // more than one page on that one day
    const inList = (codes: number[]) => expected.filter((r) => codes.includes(r.status_code)).map((r) => r.ref_key)

    const { body } = await get('/reports/general/filter/null/null/null')
    const keys = (list: Item[]) => list.map((r) => r.ref_key)
    expect(keys(body.data.reports.important)).toEqual(inList([1, 4]))
    expect(keys(body.data.reports.general)).toEqual(inList([2, 3]))
  })
})
