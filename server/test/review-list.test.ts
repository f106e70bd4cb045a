import { describe, expect, it } from 'vitest'
import { todayYmd } from '../src/lib/dates.js'
import { basic1C, fileApi } from './helper.js'

const api = fileApi()

const admin = { authorization: basic1C() }
const second = { authorization: basic1C('reviewer_2', 'pass_2') }
const list = async (query: string, headers = admin) => {
  const res = await fetch(`${api.url}/1c/reports?${query}`, { headers })
  expect(res.status).toBe(200)
  return (await res.json()).data
}
/** Every item of a filter, page by page (200 a page). */
async function allOf(query: string, headers = admin) {
  const items: any[] = []
  for (let page = 1; ; page++) {
    const data = await list(`${query}&per_page=200&page=${page}`, headers)
    items.push(...data.items)
    if (items.length >= data.total) return { items, data }
  }
}
const countBy = (items: any[], key: (i: any) => string | number) => {
  const out: Record<string, number> = {}
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1
  return out
}
const asMap = (facet: any[], key: string) => Object.fromEntries(facet.map((f) => [String(f[key]), f.count]))
const decide = (refKey: string, status_code: number, headers = admin) =>
  fetch(`${api.url}/1c/reports/${refKey}/decision`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      status_code,
      reject_reason: status_code === 4 ? 'Плохо видно' : '',
      expected_status_code: 2,
    }),
  })

describe('GET /1c/reports facets', () => {
  it.each(['', 'status_code=2', 'biin=790920300817', 'status_code=3&date_range=1y', 'q=264LE02'])(
    'count the whole filter, not the page, and match the rows (%s)',
    async (filter) => {
      const page = await list(`${filter}&per_page=3`)
      const { items } = await allOf(filter)
      expect(items).toHaveLength(page.total)
      expect(asMap(page.facets.by_status, 'status_code')).toEqual(countBy(items, (i) => i.status_code))
      expect(asMap(page.facets.by_vehicle_type, 'vehicle_type_code')).toEqual(
        countBy(items, (i) => i.vehicle_type_code),
      )
      const sum = (f: any[]) => f.reduce((n, x) => n + x.count, 0)
      expect(sum(page.facets.by_vehicle_type)).toBe(page.total)
      expect(sum(page.facets.by_status)).toBe(page.total)
      for (const t of page.facets.by_vehicle_type)
        expect(items.find((i) => i.vehicle_type_code === t.vehicle_type_code).vehicle_type_title).toBe(
          t.vehicle_type_title,
        )
    },
  )
})

describe('GET /1c/reports filters and order', () => {
  it('waiting_since is the latest video of a sent report, null otherwise; waiting_longest puts the longest wait first', async () => {
    const { items } = await allOf('order=waiting_longest')
    const sentCount = items.filter((i) => i.status_code === 2).length
    expect(sentCount).toBeGreaterThan(1)
    // The sent ones first, the longest waiting first.
    expect(items.slice(0, sentCount).every((i) => i.status_code === 2)).toBe(true)
    const waits = items.slice(0, sentCount).map((i) => i.waiting_since)
    expect(waits).toEqual([...waits].sort())
    for (const i of items) {
      if (i.status_code === 2) expect(i.waiting_since).toBe(i.submission.uploaded_at)
      else expect(i.waiting_since).toBeNull()
    }
  })

  it('takes vehicle_guid', async () => {
    const anyItem = (await list('per_page=1')).items[0]
    const { items, data } = await allOf(`vehicle_guid=${anyItem.vehicle_guid}`)
    expect(data.total).toBeGreaterThan(1)
    expect(items.every((i) => i.vehicle_guid === anyItem.vehicle_guid)).toBe(true)
    const inDb = await api.app.db
      .selectFrom('reports')
      .select('ref_key')
      .where('vehicle_guid', '=', anyItem.vehicle_guid)
      .execute()
    expect(data.total).toBe(inDb.length)
    expect((await list('vehicle_guid=no-such-vehicle')).total).toBe(0)
  })

  it('decided_by=me and a login, with decided_from/decided_to (Almaty days), list exactly those decisions', async () => {
    const today = todayYmd()
    const keys = async (query: string, headers = admin) => (await allOf(query, headers)).items.map((i) => i.ref_key)
    // The demo's own decisions (some may fall on today) are the baseline.
    const mineBefore = await keys(`decided_by=me&decided_from=${today}&decided_to=${today}`)
    const theirsBefore = await keys(`decided_by=me&decided_from=${today}`, second)
    const anyoneBefore = await keys(`decided_from=${today}`)

    const queue = (await list('status_code=2&order=oldest&per_page=10')).items.map((i: any) => i.ref_key)
    const [a, b, c, d] = queue
    for (const [ref, code, who] of [
      [a, 3, admin],
      [b, 4, admin],
      [c, 3, second],
      [d, 3, admin],
    ] as const)
      expect((await decide(ref, code, who)).status).toBe(200)
    // d is undone: it is no longer anyone's decision.
    expect((await fetch(`${api.url}/1c/reports/${d}/decision`, { method: 'DELETE', headers: admin })).status).toBe(200)

    const mine = await allOf(`decided_by=me&decided_from=${today}&decided_to=${today}`)
    expect(mine.items.map((i) => i.ref_key).sort()).toEqual([...mineBefore, a, b].sort())
    for (const ref of [a, b])
      expect(mine.items.find((i) => i.ref_key === ref)).toMatchObject({
        decided_by: 'admin_1C',
        decided_at: expect.any(String),
      })
    expect((await keys(`decided_by=me&decided_from=${today}`, second)).sort()).toEqual([...theirsBefore, c].sort())
    expect(await keys(`decided_by=reviewer_2&decided_to=${today}`)).toContain(c)
    expect(await keys(`decided_by=admin_1C&decided_to=${today}`)).not.toContain(d)
    // Every decision today, by anyone; none tomorrow.
    expect((await keys(`decided_from=${today}`)).sort()).toEqual([...anyoneBefore, a, b, c].sort())
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    expect((await list(`decided_by=me&decided_from=${tomorrow}`)).total).toBe(0)
    // The demo's history was decided on earlier days too.
    expect((await list(`decided_to=${today}`)).total).toBeGreaterThan(anyoneBefore.length + 3)
  })

  it('answers 422 for a bad date or order', async () => {
    for (const q of ['decided_from=2026-13-01', 'decided_to=yesterday', 'order=random']) {
      const res = await fetch(`${api.url}/1c/reports?${q}`, { headers: admin })
      expect(res.status).toBe(422)
    }
  })
})
