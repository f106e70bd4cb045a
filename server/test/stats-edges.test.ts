import { beforeAll, describe, expect, it } from 'vitest'
import { isValidBiin } from '../src/lib/biin.js'
import { addDays, instantOfLocal, todayYmd } from '../src/lib/dates.js'
import { basic1C, bearer, fileApi, loginDirector } from './helper.js'

/**
 * Hand-made reports at the edges of the definitions, in two new companies ("Edge" and "Other") next
 * to the demo's: exact expected figures, written out by hand.
 */

const CAR = 'b71e9ff8-1664-11ea-8dad-1831bf7dd029'
const TRUCK = 'b71ea01f-1664-11ea-8dad-1831bf7dd029'
const staff = { authorization: basic1C() }

/** A valid BIN/IIN starting with `prefix` (11 digits): the check digit that passes. */
const biinOf = (prefix: string) => [...Array(10).keys()].map((d) => `${prefix}${d}`).find(isValidBiin)!

const api = fileApi()
const now = new Date()
const today = todayYmd(now)
const D = addDays(today, -40) // the edge reports' last day: inside the 90-day window
const dayStart = (ymd: string) => instantOfLocal(`${ymd} 00:00:00`)
const iso = (ms: number) => new Date(ms).toISOString()
const lastMsOfD = dayStart(addDays(D, 1)).getTime() - 1
const EDGE = biinOf('99010100001')
const OTHER = biinOf('99010100002')

type Step = { upload: number } | { decide: 3 | 4; at: number; reason?: string; by?: string }

async function addCompany(biin: string, name: string) {
  const db = api.app.db
  const { id } = await db
    .insertInto('companies')
    .values({ biin, name, email: `${biin}@edge.test`, created_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('users')
    .values({
      company_id: id,
      role_id: 1,
      first_name: 'Директор',
      last_name: '',
      patronic_name: '',
      mobile: '',
      fcm: '',
      deleted_at: null,
      created_at: now.toISOString(),
    })
    .execute()
  for (const type of [CAR, TRUCK])
    await db
      .insertInto('vehicles')
      .values({
        guid: `${biin}-${type === CAR ? 'car' : 'truck'}`,
        company_id: id,
        vehicle_type_code: type,
        vin_code: '',
        plate_number: '',
        contract_number: '',
        contract_date_end: '',
      })
      .execute()
  let n = 0
  return async (key: string, finish: string, status: number, steps: Step[], type = CAR) => {
    const ref_key = `${biin}-${key}`
    await db
      .insertInto('reports')
      .values({
        ref_key,
        company_id: id,
        vehicle_guid: `${biin}-${type === CAR ? 'car' : 'truck'}`,
        report_number: String(++n).padStart(9, '0'),
        contract_number: '',
        date_start: addDays(finish, -7),
        date_finish: finish,
        status_code: status,
        reject_reason: steps.some((s) => 'decide' in s && s.decide === 4) ? 'причина' : '',
        updated_at: now.toISOString(),
      })
      .execute()
    for (const s of steps) {
      if ('upload' in s)
        await db
          .insertInto('submissions')
          .values({
            ref_key,
            user_id: null,
            file_name: 'demo/sample.mp4',
            size: 1,
            etag: 'e',
            time_sent: '2000-01-01 00:00:00', // the client's clock: ignored by the stats
            lat: 43.2,
            long: 76.9,
            uploaded_at: iso(s.upload),
          })
          .execute()
      else
        await db
          .insertInto('decisions')
          .values({
            ref_key,
            status_code: s.decide,
            reject_reason: s.reason ?? '',
            reviewer_login: s.by ?? 'admin_1C',
            decided_at: iso(s.at),
          })
          .execute()
    }
    return ref_key
  }
}

const refs: Record<string, string> = {}
beforeAll(async () => {
  const edge = await addCompany(EDGE, 'ТОО «Край»')
  const dayMs = 86_400_000
  const d0 = dayStart(D).getTime()
  const later = (ms: number) => ({ decide: 3 as const, at: ms + 3_600_000 })
  // The very first and the very last moment of date_finish: on time. The next moment: late.
  refs.A = await edge('A', D, 3, [{ upload: d0 }, later(d0)])
  refs.B = await edge('B', D, 3, [{ upload: lastMsOfD }, later(lastMsOfD)])
  refs.C = await edge('C', D, 3, [{ upload: lastMsOfD + 1 }, later(lastMsOfD + 1)], TRUCK)
  // Rejected, then sent again late and approved: on time (the first video decides), rejected and approved.
  refs.D = await edge('D', D, 3, [
    { upload: d0 - dayMs },
    { decide: 4, at: d0, reason: 'Не виден VIN-код' },
    { upload: d0 + 3 * dayMs },
    later(d0 + 3 * dayMs),
  ])
  // Never sent: open and overdue, neither on time nor late.
  refs.E = await edge('E', D, 1, [])
  // Sent on time, rejected, never sent again: on time, rejected, open and overdue.
  refs.F = await edge('F', D, 4, [{ upload: d0 + 1000 }, { decide: 4, at: d0 + dayMs, reason: 'Видео обрезано' }])
  // Late, approved an hour ago by reviewer_2.
  refs.G = await edge(
    'G',
    D,
    3,
    [{ upload: d0 + 5 * dayMs }, { decide: 3, at: now.getTime() - 3_600_000, by: 'reviewer_2' }],
    TRUCK,
  )
  // Another month, outside the 90 days; and one due today (in the current month, not overdue).
  refs.H = await edge('H', addDays(today, -100), 3, [{ upload: dayStart(addDays(today, -101)).getTime() }])
  refs.I = await edge('I', today, 1, [])
  // Waiting for review (status 2), due after the months of the answer: in the queue only.
  refs.Q1 = await edge('Q1', addDays(today, 45), 2, [{ upload: now.getTime() - 10 * 3_600_000 }])
  refs.Q2 = await edge('Q2', addDays(today, 46), 2, [
    { upload: now.getTime() - 30 * 3_600_000 },
    { upload: now.getTime() - 4 * 3_600_000 },
  ])

  // Another company in the same month and types: all late, rejected, overdue. Never in Edge's figures.
  const other = await addCompany(OTHER, 'ТОО «Другая»')
  for (const k of ['X', 'Y', 'Z'])
    await other(k, D, 4, [{ upload: d0 + 2 * dayMs }, { decide: 4, at: d0 + 3 * dayMs, reason: 'Чужая причина' }])
})

const month = (data: any, ymd: string) => data.months.find((m: any) => m.month === ymd.slice(0, 7))
const zero = { due: 0, on_time: 0, late: 0, approved: 0, rejected: 0, open_overdue: 0 }
/** Edge's month of D, by hand: due A–G; on time A, B, D, F; late C, G; approved A, B, C, D, G; rejected D, F; open E, F. */
const EDGE_D = { due: 7, on_time: 4, late: 2, approved: 5, rejected: 2, open_overdue: 2 }

describe('stats at the edges of the definitions', () => {
  it("the director's figures: exactly the hand-counted ones, another company's never in them", async () => {
    const d = await loginDirector(api.url, EDGE)
    const res = await fetch(`${api.url}/reports/stats?months=12`, { headers: bearer(d.access_token) })
    expect(res.status).toBe(200)
    const { data } = await res.json()
    expect(month(data, D)).toEqual({ month: D.slice(0, 7), ...EDGE_D })
    expect(month(data, addDays(today, -100))).toEqual({
      month: addDays(today, -100).slice(0, 7),
      ...zero,
      due: 1,
      on_time: 1,
      approved: 1,
    })
    expect(month(data, today)).toEqual({ month: today.slice(0, 7), ...zero, due: 1 })
    const total = data.months.reduce((a: number, m: any) => a + m.due, 0)
    expect(total).toBe(9) // A–I; Q1, Q2 end after the current month
    expect(data.by_vehicle_type).toEqual([
      {
        vehicle_type_code: CAR,
        vehicle_type_title: 'Легковой автомобиль',
        due: 7,
        on_time: 5,
        late: 0,
        approved: 4,
        rejected: 2,
        open_overdue: 2,
      },
      {
        vehicle_type_code: TRUCK,
        vehicle_type_title: 'Грузовой автомобиль',
        due: 2,
        on_time: 0,
        late: 2,
        approved: 2,
        rejected: 0,
        open_overdue: 0,
      },
    ])
    // The 90 days before today hold A–G: 4 of 7 on time (E, never sent, counts against).
    expect(data.on_time_rate).toBe(0.5714)
    expect(data.overdue_total).toBe(2)
    expect(data.overdue_reports.map((r: any) => r.ref_key)).toEqual([refs.E, refs.F])
    expect(data.overdue_reports[0]).toMatchObject({
      status_expired_bool: true,
      status_expired_title: 'Просрочен на 40 дн.',
    })
  })

  it('/1c/stats for that company: the same figures, its rates, its queue, its reviewers and reasons', async () => {
    const { data } = await (await fetch(`${api.url}/1c/stats?months=12&biin=${EDGE}`, { headers: staff })).json()
    expect(month(data, D)).toEqual({ month: D.slice(0, 7), ...EDGE_D })
    expect(data.companies).toEqual([
      // Submitted in the window: A, B, C, D, F, G; rejected at least once: D, F.
      { biin: EDGE, company_name: 'ТОО «Край»', open_overdue: 2, on_time_rate_90d: 0.5714, rejected_rate_90d: 0.3333 },
    ])
    expect(data.queue.size).toBe(2)
    expect(data.queue.oldest_wait_h).toBe(10) // Q1; Q2 waits since its latest video, 4 h ago
    expect(data.queue.median_wait_h).toBe(7)
    const reviewer2 = data.reviewers.find((r: any) => r.login === 'reviewer_2')
    const gDay = todayYmd(new Date(now.getTime() - 3_600_000))
    expect(reviewer2.by_day.find((x: any) => x.date === gDay)).toEqual({ date: gDay, approved: 1, rejected: 0 })
    expect(reviewer2.by_day.reduce((a: number, x: any) => a + x.approved + x.rejected, 0)).toBe(1)
    expect(data.reviewers.map((r: any) => r.login)).toEqual(['reviewer_2']) // the others decided > 30 days ago
    expect(data.reject_reasons).toEqual([
      { reason: 'Видео обрезано', count: 1 },
      { reason: 'Не виден VIN-код', count: 1 },
    ])
  })

  it('/1c/stats across companies counts both, each in its own row', async () => {
    const { data } = await (await fetch(`${api.url}/1c/stats?months=12`, { headers: staff })).json()
    const row = (biin: string) => data.companies.find((c: any) => c.biin === biin)
    expect(row(OTHER)).toEqual({
      biin: OTHER,
      company_name: 'ТОО «Другая»',
      open_overdue: 3,
      on_time_rate_90d: 0,
      rejected_rate_90d: 1,
    })
    expect(row(EDGE).open_overdue).toBe(2)
    const other = await (await fetch(`${api.url}/1c/stats?months=12&biin=${OTHER}`, { headers: staff })).json()
    expect(month(other.data, D)).toEqual({
      month: D.slice(0, 7),
      due: 3,
      on_time: 0,
      late: 3,
      approved: 0,
      rejected: 3,
      open_overdue: 3,
    })
    expect(other.data.reject_reasons).toEqual([{ reason: 'Чужая причина', count: 3 }])
    // All companies' month D = Edge's + Other's + the demo's.
    const demo = await (await fetch(`${api.url}/1c/stats?months=12&biin=200940026146`, { headers: staff })).json()
    const ip = await (await fetch(`${api.url}/1c/stats?months=12&biin=790920300817`, { headers: staff })).json()
    const all = month(data, D)
    for (const k of Object.keys(zero) as (keyof typeof zero)[])
      expect(all[k], k).toBe(month(demo.data, D)[k] + month(ip.data, D)[k] + EDGE_D[k] + month(other.data, D)[k])
  })
})
