import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_IIN, loginDirector, startApi, type StartedApi } from '@/server/test/helper'
import { getGeneralReports, getReport } from './reports'

const SENT = '646ba713-d1d7-11ec-9405-005056aaa4ae' // company 71, status 2, with a demo submission

describe('getReport against the real API server', () => {
  let api: StartedApi
  let token: string
  let other: string
  beforeAll(async () => {
    api = await startApi()
    process.env.FORTE_API_URL = api.url
    token = (await loginDirector(api.url)).access_token
    other = (await loginDirector(api.url, DEMO_IIN)).access_token
  })
  afterAll(() => api.close())

  it('reads a sent report with its submission time and GPS point', async () => {
    const data = await getReport({ kind: 'bearer', token }, SENT)
    expect(data?.report.ref_key).toBe(SENT)
    expect(data?.report.vehicle_guid).not.toBe('')
    expect(data?.submission?.time_sent).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(typeof data?.submission?.lat).toBe('number')
    expect(data?.info.by_vehicle_type_code[data.report.vehicle_type_code]?.vehicle_type_title).toBeTruthy()
  })

  it('gives submission null for a due report', async () => {
    const list = await getGeneralReports({ kind: 'bearer', token }, { status: 1 })
    const due = list.reports.important[0]!
    const data = await getReport({ kind: 'bearer', token }, due.ref_key)
    expect(data?.report.status_code).toBe(1)
    expect(data?.submission).toBeNull()
  })

  it("gives undefined for another company's report and an unknown one", async () => {
    expect(await getReport({ kind: 'bearer', token: other }, SENT)).toBeUndefined()
    expect(await getReport({ kind: 'bearer', token }, 'no-such-report')).toBeUndefined()
  })
})
