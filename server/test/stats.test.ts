import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayYmd } from '../src/lib/dates.js'
import { seedScale } from '../src/seed/scale.js'
import {
  basic1C,
  bearer,
  DEMO_BIN,
  DEMO_IIN,
  loginDirector,
  loginEmployee,
  startApi,
  type StartedApi,
} from './helper.js'
import {
  countsOf,
  expectedByType,
  expectedCompanyRow,
  expectedMonths,
  inRateWindow,
  loadRaw,
  queueWaits,
  rate,
} from './stats-expected.js'

const staff = { authorization: basic1C() }
const MONTHS = 14 // the scale seed spans about 13 months

describe('stats on a seeded scale database, against counts recomputed from the raw rows', () => {
  let api: StartedApi
  let director: string
  beforeAll(async () => {
    api = await startApi()
    await seedScale(api.app.db, { reports: 3000, seed: 11, videoDir: api.config.videoDir })
    director = (await loginDirector(api.url)).access_token
  }, 120_000)
  afterAll(async () => {
    await api?.close()
  })

  it("GET /reports/stats: the director's company by month and vehicle type, the 90-day rate, the overdue list", async () => {
    const res = await fetch(`${api.url}/reports/stats?months=${MONTHS}`, { headers: bearer(director) })
    expect(res.status).toBe(200)
    const { data } = await res.json()
    const today = todayYmd()
    const raw = await loadRaw(api.app.db)
    const mine = raw.reports.filter((r) => r.biin === DEMO_BIN)

    expect(data.months).toEqual(expectedMonths(raw, mine, today, MONTHS))
    // The scale data really has every kind of report in it.
    const sum = (k: keyof ReturnType<typeof countsOf>) => data.months.reduce((a: number, m: any) => a + m[k], 0)
    for (const k of ['on_time', 'late', 'approved', 'rejected', 'open_overdue'] as const)
      expect(sum(k)).toBeGreaterThan(0)

    const types = expectedByType(raw, mine, today, MONTHS)
    expect(
      new Map(
        data.by_vehicle_type.map(({ vehicle_type_code, vehicle_type_title: _, ...c }: any) => [vehicle_type_code, c]),
      ),
    ).toEqual(types)
    const dues = data.by_vehicle_type.map((t: any) => t.due)
    expect(dues).toEqual([...dues].sort((a, b) => b - a))

    const recent = countsOf(
      raw,
      mine.filter((r) => inRateWindow(r, today)),
      today,
    )
    expect(data.on_time_rate).toBe(rate(recent.on_time, recent.due))

    const overdue = mine
      .filter((r) => (r.status_code === 1 || r.status_code === 4) && r.date_finish < today)
      .sort((a, b) => (a.date_finish < b.date_finish ? -1 : a.date_finish > b.date_finish ? 1 : 0))
    expect(data.overdue_total).toBe(overdue.length)
    expect(data.overdue_reports).toHaveLength(Math.min(100, overdue.length))
    expect(data.overdue_reports.every((r: any) => r.status_expired_bool && [1, 4].includes(r.status_code))).toBe(true)
    const finishes = data.overdue_reports.map((r: any) => r.date_finish_datetime)
    expect(finishes).toEqual([...finishes].sort())
    expect(finishes[0]).toBe(`${overdue[0]!.date_finish}T00:00:00`)
    expect(data.settings).toEqual({ reminders: true, reminder_days_before: 3 })
  })

  it('GET /1c/stats: every company, the queue, reviewers by day and reject reasons', async () => {
    const res = await fetch(`${api.url}/1c/stats?months=${MONTHS}`, { headers: staff })
    expect(res.status).toBe(200)
    const { data } = await res.json()
    const now = new Date()
    const today = todayYmd(now)
    const raw = await loadRaw(api.app.db)

    expect(data.months).toEqual(expectedMonths(raw, raw.reports, today, MONTHS))
    const types = expectedByType(raw, raw.reports, today, MONTHS)
    expect(
      new Map(
        data.by_vehicle_type.map(({ vehicle_type_code, vehicle_type_title: _, ...c }: any) => [vehicle_type_code, c]),
      ),
    ).toEqual(types)

    const companyIds = new Map(raw.reports.map((r) => [r.biin, r.company_id]))
    const companies = await api.app.db.selectFrom('companies').select('biin').execute()
    expect(data.companies).toHaveLength(companies.length)
    for (const c of data.companies) {
      const id = companyIds.get(c.biin)
      if (id === undefined) continue // a company without reports: checked below
      expect({ biin: c.biin, ...expectedCompanyRow(raw, id, today) }).toEqual({
        biin: c.biin,
        open_overdue: c.open_overdue,
        on_time_rate_90d: c.on_time_rate_90d,
        rejected_rate_90d: c.rejected_rate_90d,
      })
    }
    const overdueCol = data.companies.map((c: any) => c.open_overdue)
    expect(overdueCol).toEqual([...overdueCol].sort((a, b) => b - a))

    const waits = queueWaits(raw, raw.reports, now)
    expect(data.queue.size).toBe(waits.length)
    expect(Math.abs(data.queue.oldest_wait_h - waits.at(-1)!)).toBeLessThanOrEqual(0.1)
    const mid =
      waits.length % 2 ? waits[(waits.length - 1) / 2]! : (waits[waits.length / 2 - 1]! + waits[waits.length / 2]!) / 2
    expect(Math.abs(data.queue.median_wait_h - mid)).toBeLessThanOrEqual(0.1)

    // Decisions per reviewer per Almaty day over the last 30 days.
    const days = data.reviewers[0].by_day.map((d: any) => d.date)
    expect(days).toHaveLength(30)
    expect(days.at(-1)).toBe(today)
    for (const r of data.reviewers) {
      for (const d of r.by_day) {
        const same = raw.decisions.filter(
          (x) => x.reviewer_login === r.login && todayYmd(new Date(x.decided_at)) === d.date,
        )
        expect([r.login, d.date, d.approved, d.rejected]).toEqual([
          r.login,
          d.date,
          same.filter((x) => x.status_code === 3).length,
          same.filter((x) => x.status_code === 4).length,
        ])
      }
    }
    const active = new Set(
      raw.decisions.filter((x) => todayYmd(new Date(x.decided_at)) >= days[0]).map((x) => x.reviewer_login),
    )
    expect(new Set(data.reviewers.map((r: any) => r.login))).toEqual(active)

    const since = now.getTime() - 90 * 24 * 3_600_000
    const reasons = new Map<string, number>()
    for (const d of raw.decisions)
      if (d.status_code === 4 && Date.parse(d.decided_at) >= since)
        reasons.set(d.reject_reason, (reasons.get(d.reject_reason) ?? 0) + 1)
    expect(reasons.size).toBeLessThanOrEqual(10)
    expect(new Map(data.reject_reasons.map((r: any) => [r.reason, r.count]))).toEqual(reasons)
    const counts = data.reject_reasons.map((r: any) => r.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('GET /1c/stats?biin= is that company only, and equals its director’s own figures', async () => {
    const [one, own] = await Promise.all([
      fetch(`${api.url}/1c/stats?months=${MONTHS}&biin=${DEMO_IIN}`, { headers: staff }).then((r) => r.json()),
      loginDirector(api.url, DEMO_IIN).then((d) =>
        fetch(`${api.url}/reports/stats?months=${MONTHS}`, { headers: bearer(d.access_token) }).then((r) => r.json()),
      ),
    ])
    expect(one.data.months).toEqual(own.data.months)
    expect(one.data.by_vehicle_type).toEqual(own.data.by_vehicle_type)
    expect(one.data.on_time_rate).toBe(own.data.on_time_rate)
    expect(one.data.companies.map((c: any) => c.biin)).toEqual([DEMO_IIN])
    const raw = await loadRaw(api.app.db)
    const theirs = raw.reports.filter((r) => r.biin === DEMO_IIN)
    expect(one.data.queue.size).toBe(theirs.filter((r) => r.status_code === 2).length)
  })
})

describe('stats: who may ask, and bad input', () => {
  let api: StartedApi
  beforeAll(async () => {
    api = await startApi()
  })
  afterAll(async () => {
    await api?.close()
  })

  it('/openapi.json documents the endpoints, and what on time and late mean at their edges', async () => {
    const doc = await (await fetch(`${api.url}/openapi.json`)).json()
    expect(Object.keys(doc.paths['/company/settings']).sort()).toEqual(['get', 'put'])
    expect(doc.paths['/1c/reminders/run']).toHaveProperty('post')
    for (const p of ['/reports/stats', '/1c/stats']) {
      const d = doc.paths[p].get.description as string
      expect(d, p).toContain('first** submission')
      expect(d, p).toContain('00:00:00 to 23:59:59')
      expect(d, p).toContain('rejected-then-resubmitted')
      expect(d, p).toContain('`open_overdue`')
    }
  })

  it('GET /reports/stats is for a director: 401 without a token, 403 for an employee', async () => {
    expect((await fetch(`${api.url}/reports/stats`)).status).toBe(401)
    const employee = await loginEmployee(api.url)
    const res = await fetch(`${api.url}/reports/stats`, { headers: bearer(employee.access_token) })
    expect(res.status).toBe(403)
    expect((await res.json()).status).toBe('error')
  })

  it('months is 1..36 (default 12); anything else is a 422 naming it', async () => {
    const d = await loginDirector(api.url)
    const ok = await (await fetch(`${api.url}/reports/stats`, { headers: bearer(d.access_token) })).json()
    expect(ok.data.months).toHaveLength(12)
    expect(ok.data.months.at(-1).month).toBe(todayYmd().slice(0, 7))
    for (const bad of ['0', '37', 'abc', '1.5', '-3']) {
      const res = await fetch(`${api.url}/reports/stats?months=${bad}`, { headers: bearer(d.access_token) })
      expect(res.status, bad).toBe(422)
      expect((await res.json()).data.errors).toHaveProperty('months')
    }
    const one = await (await fetch(`${api.url}/reports/stats?months=1`, { headers: bearer(d.access_token) })).json()
    expect(one.data.months).toHaveLength(1)
  })

  it('GET /1c/stats needs 1C credentials; an unknown BIN/IIN is 404, a malformed one 422', async () => {
    const res = await fetch(`${api.url}/1c/stats`)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic/)
    expect((await fetch(`${api.url}/1c/stats?biin=123456789012`, { headers: staff })).status).toBe(404)
    const bad = await fetch(`${api.url}/1c/stats?biin=12ab`, { headers: staff })
    expect(bad.status).toBe(422)
    expect((await bad.json()).data.errors).toHaveProperty('biin')
    const all = await fetch(`${api.url}/1c/stats?biin=`, { headers: staff })
    expect((await all.json()).data.companies).toHaveLength(2)
  })
})
