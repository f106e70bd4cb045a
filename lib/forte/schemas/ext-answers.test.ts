import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { basic1C, bearer, loginDirector, startApi, type StartedApi } from '@/server/test/helper'
import { loggedOutSchema, meSchema } from './auth'
import { errorEnvelope } from './common'
import { outboxSchema } from './dev'
import { companySettingsSchema, companyStatsSchema, staffStatsSchema } from './insights'
import { reportSelectSchema } from './reports'
import {
  decisionConflictSchema,
  decisionSchema,
  staffReportDetailSchema,
  staffReportListSchema,
  staffVehicleListSchema,
} from './review'

const SENT = '646ba713-d1d7-11ec-9405-005056aaa4ae' // company 71, status 2, with a demo submission

/** Parses with `schema`, failing with the schema's own complaint (path and message) when it does not fit. */
function expectFits<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body)
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5))).toBe(true)
  return parsed.data as z.infer<S>
}

// Our own [ext] answers, read with exact schemas: every field the portal declares must be there with its
// type (none is optional where the server's schema has it required), or the parse fails here.
describe('the portal schemas fit the real API answers of every [ext] endpoint it calls', () => {
  let api: StartedApi
  let token: string
  const get = async (path: string, headers: Record<string, string> = {}, init: RequestInit = {}) => {
    const res = await fetch(`${api.url}${path}`, { ...init, headers: { ...headers, ...init.headers } })
    return { status: res.status, body: (await res.json()) as unknown }
  }
  const staff = { authorization: basic1C() }

  beforeAll(async () => {
    api = await startApi()
    token = (await loginDirector(api.url)).access_token
  })
  afterAll(() => api.close())

  it('GET /reports/select/{ref_key}: a sent report with its submission, a due one without', async () => {
    const sent = expectFits(reportSelectSchema, (await get(`/reports/select/${SENT}`, bearer(token))).body)
    expect(sent.data.submission).not.toBeNull()
    const list = await get('/reports/general/filter/1/null/null', bearer(token))
    const due = (list.body as { data: { reports: { important: { ref_key: string }[] } } }).data.reports.important[0]!
    const answer = expectFits(reportSelectSchema, (await get(`/reports/select/${due.ref_key}`, bearer(token))).body)
    expect(answer.data.submission).toBeNull()
  })

  it('an unknown report: the error envelope', async () => {
    const { status, body } = await get('/reports/select/no-such-report', bearer(token))
    expect(status).toBe(404)
    expectFits(errorEnvelope, body)
  })

  it('GET /1c/me', async () => {
    expect(expectFits(meSchema, (await get('/1c/me', staff)).body).data.login).toBe('admin_1C')
  })

  it('GET /reports/stats, GET /1c/stats, GET and PUT /company/settings', async () => {
    const company = expectFits(companyStatsSchema, (await get('/reports/stats?months=12', bearer(token))).body)
    expect(company.data.months).toHaveLength(12)
    expect(company.data.overdue_reports.length).toBeGreaterThan(0)
    const staffStats = expectFits(staffStatsSchema, (await get('/1c/stats?months=12', staff)).body)
    expect(staffStats.data.companies.length).toBeGreaterThan(0)
    expectFits(companySettingsSchema, (await get('/company/settings', bearer(token))).body)
    const put = await get('/company/settings', bearer(token), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(company.data.settings),
    })
    expect(expectFits(companySettingsSchema, put.body).data).toMatchObject(company.data.settings)
  })

  it('GET /1c/reports (the queue) and GET /1c/vehicles', async () => {
    const queue = expectFits(staffReportListSchema, (await get('/1c/reports?status_code=2&order=oldest', staff)).body)
    expect(queue.data.items.length).toBeGreaterThan(0)
    expect(queue.data.items.some((i) => i.submission !== null)).toBe(true)
    const vehicles = expectFits(staffVehicleListSchema, (await get('/1c/vehicles?per_page=5', staff)).body)
    expect(vehicles.data.items.length).toBeGreaterThan(0)
  })

  it('POST /1c/reports/{ref_key}/decision, the 409 of a second one, and the detail with both kinds of history', async () => {
    const decide = (status_code: number) =>
      get(`/1c/reports/${SENT}/decision`, staff, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status_code, expected_status_code: 2, reject_reason: 'Темно' }),
      })
    const first = await decide(4)
    expect(first.status).toBe(200)
    expectFits(decisionSchema, first.body)
    const second = await decide(3)
    expect(second.status).toBe(409)
    const conflict = expectFits(
      decisionConflictSchema,
      (expectFits(errorEnvelope, second.body) as { data: unknown }).data,
    )
    expect(conflict.current_status_code).toBe(4)
    const detail = expectFits(staffReportDetailSchema, (await get(`/1c/reports/${SENT}`, staff)).body)
    expect(detail.data.history.map((h) => h.kind)).toEqual(expect.arrayContaining(['submission', 'decision']))
  })

  it('GET /dev/outbox and POST /logout', async () => {
    expect(expectFits(outboxSchema, (await get('/dev/outbox?limit=2', {})).body).data.messages.length).toBeGreaterThan(
      0,
    )
    expectFits(loggedOutSchema, (await get('/logout', bearer(token), { method: 'POST' })).body)
  })

  it('a guessed spelling is refused, not read', () => {
    const renamed = {
      status: 'ok',
      data: { message: 'success', code: 200, reports: [], total: 0, page: 1, per_page: 20 },
    }
    expect(staffReportListSchema.safeParse(renamed).success).toBe(false)
  })
})
