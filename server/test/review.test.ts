import { describe, expect, it } from 'vitest'
import { basic1C, DEMO_BIN, fileApi } from './helper.js'

const api = fileApi()

const admin = { authorization: basic1C() }
const second = { authorization: basic1C('reviewer_2', 'pass_2') }
const get = (path: string, headers: Record<string, string> = admin) => fetch(`${api.url}${path}`, { headers })
const decide = (refKey: string, body: unknown, headers: Record<string, string> = admin) =>
  fetch(`${api.url}/1c/reports/${refKey}/decision`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const statusOf = async (refKey: string) =>
  await api.app.db
    .selectFrom('reports')
    .select(['status_code', 'reject_reason'])
    .where('ref_key', '=', refKey)
    .executeTakeFirstOrThrow()

describe('GET /1c/reports', () => {
  it('asks the browser for 1C credentials', async () => {
    const res = await get('/1c/reports', {})
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
    expect((await res.json()).status).toBe('error')
  })

  it('lists every company; the review queue is status 2, oldest video first', async () => {
    const res = await get('/1c/reports?status_code=2&order=oldest&per_page=100')
    expect(res.status).toBe(200)
    const { data } = await res.json()
    const inDb = await api.app.db.selectFrom('reports').select('company_id').where('status_code', '=', 2).execute()
    expect(data.total).toBe(inDb.length)
    expect(data.items).toHaveLength(inDb.length)
    expect(new Set(data.items.map((i: any) => i.biin)).size).toBe(2) // both demo companies
    for (const it of data.items) {
      expect(it.status_code).toBe(2)
      expect(it.submission).toMatchObject({ time_sent: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) })
      expect(typeof it.company_name).toBe('string')
    }
    const times = data.items.map((i: any) => i.submission.uploaded_at)
    expect(times).toEqual([...times].sort())
  })

  it('defaults to newest first, pages, and filters by BIN and text', async () => {
    const all = (await (await get('/1c/reports?per_page=5')).json()).data
    expect(all.items).toHaveLength(5)
    expect(all.total).toBe(127) // 28 recent + 99 of the demo's 11-month history
    const withVideo = all.items.filter((i: any) => i.submission).map((i: any) => i.submission.uploaded_at)
    expect(withVideo).toEqual([...withVideo].sort().reverse())
    const page2 = (await (await get('/1c/reports?per_page=5&page=2')).json()).data
    expect(page2.items.map((i: any) => i.ref_key)).not.toContain(all.items[0].ref_key)

    const ip = (await (await get('/1c/reports?biin=790920300817&per_page=100')).json()).data
    expect(ip.total).toBe(28) // 6 recent + 22 of the history
    expect(ip.items.every((i: any) => i.company_name === 'ИП Сагинтаев')).toBe(true)

    const plate = (await (await get('/1c/reports?q=264le02&per_page=100')).json()).data
    expect(plate.total).toBeGreaterThan(0)
    expect(plate.items.every((i: any) => i.plate_number === '264LE02' && i.biin === DEMO_BIN)).toBe(true)
  })

  it('answers 422 for a bad filter', async () => {
    const res = await get('/1c/reports?status_code=9')
    expect(res.status).toBe(422)
    expect((await res.json()).data.errors).toHaveProperty('status_code')
  })
})

describe('GET /1c/reports/{ref_key}', () => {
  it('has the vehicle, instructions, company and the whole history in time order', async () => {
    const res = await get('/1c/reports/b1791e66-f089-11ec-9405-005056aaa4ae')
    expect(res.status).toBe(200)
    const { data } = await res.json()
    expect(data.report).toMatchObject({
      status_code: 2,
      status_title: 'Отправлено',
      video_path: '/reports/video/b1791e66-f089-11ec-9405-005056aaa4ae',
    })
    expect(data.vehicle.vehicle_type_title).toBe('Легковой автомобиль')
    expect(Object.keys(data.vehicle.instructions)).toHaveLength(10)
    expect(data.company).toMatchObject({ biin: DEMO_BIN, name: 'Alpha AJI Gruppe ТОО' })
    expect(data.history.map((h: any) => h.kind)).toEqual(['submission', 'decision', 'submission'])
    expect(data.history[1]).toMatchObject({
      status_code: 4,
      reviewer_login: 'admin_1C',
      reviewer_name: 'Администратор 1С',
    })
    expect(data.history[0]).toMatchObject({ user_name: 'Иван', user_role: 'Сотрудник' })
    const at = data.history.map((h: any) => h.at)
    expect(at).toEqual([...at].sort())
  })

  it('404 for an unknown ref_key', async () => {
    const res = await get('/1c/reports/00000000-0000-0000-0000-000000000000')
    expect(res.status).toBe(404)
    expect((await res.json()).data.code).toBe(404)
  })
})

describe('POST /1c/reports/{ref_key}/decision', () => {
  it('of two reviewers deciding at once, one wins and the other gets 409 naming the winner', async () => {
    const ref = '646ba713-d1d7-11ec-9405-005056aaa4ae'
    const before = await api.app.db.selectFrom('decisions').select('id').where('ref_key', '=', ref).execute()
    const [a, b] = await Promise.all([
      decide(ref, { status_code: 3, expected_status_code: 2 }),
      decide(ref, { status_code: 4, reject_reason: 'Нет салона', expected_status_code: 2 }, second),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const [win, lose] = a.status === 200 ? [await a.json(), await b.json()] : [await b.json(), await a.json()]
    expect(lose.status).toBe('error')
    expect(lose.data.decided_by).toBe(win.data.reviewer_login)
    expect(lose.data.decided_at).toBe(win.data.decided_at)
    expect(lose.data.message).toContain(win.data.reviewer_login)
    expect((await statusOf(ref)).status_code).toBe(win.data.status_code)
    const after = await api.app.db.selectFrom('decisions').select('id').where('ref_key', '=', ref).execute()
    expect(after.length).toBe(before.length + 1)

    const hist = (await (await get(`/1c/reports/${ref}`)).json()).data.history
    expect(hist.at(-1)).toMatchObject({ kind: 'decision', reviewer_login: win.data.reviewer_login })
  })

  it('rejecting needs a non-blank reason (422, nothing changes)', async () => {
    const ref = 'ea3fa43e-f088-11ec-9405-005056aaa4ae'
    const res = await decide(ref, { status_code: 4, reject_reason: '   ', expected_status_code: 2 })
    expect(res.status).toBe(422)
    expect((await res.json()).data.errors).toHaveProperty('reject_reason')
    expect((await statusOf(ref)).status_code).toBe(2)

    const ok = await decide(ref, { status_code: 4, reject_reason: 'Не виден номер', expected_status_code: 2 }, second)
    expect(ok.status).toBe(200)
    expect(await statusOf(ref)).toEqual({ status_code: 4, reject_reason: 'Не виден номер' })
  })

  it('approving keeps the previous reject reason; a due report (status 1) cannot be decided', async () => {
    const ref = 'b1791e66-f089-11ec-9405-005056aaa4ae'
    const res = await decide(ref, { status_code: 3, expected_status_code: 2 })
    expect(res.status).toBe(200)
    expect(await statusOf(ref)).toEqual({ status_code: 3, reject_reason: 'Плохое качество видеоматериала' })

    const due = await api.app.db
      .selectFrom('reports')
      .select('ref_key')
      .where('status_code', '=', 1)
      .executeTakeFirstOrThrow()
    const conflict = await decide(due.ref_key, { status_code: 3, expected_status_code: 2 })
    expect(conflict.status).toBe(409)
    expect((await conflict.json()).data).toMatchObject({ current_status_code: 1, decided_by: null })
    expect((await statusOf(due.ref_key)).status_code).toBe(1)
  })
})

/** What a decision could change: the report's status and reason, and its decisions in the history. */
async function decisionStateOf(refKey: string) {
  const { data } = (await (await get(`/1c/reports/${refKey}`)).json()) as any
  return {
    status_code: data.report.status_code,
    reject_reason: data.report.reject_reason,
    decisions: data.history.filter((h: any) => h.kind === 'decision').length,
  }
}
const firstWithStatus = async (status: number): Promise<string> => {
  const ref = ((await (await get(`/1c/reports?status_code=${status}&per_page=1`)).json()) as any).data.items[0]?.ref_key
  if (!ref) throw new Error(`the demo has no report in status ${status}`)
  return ref
}

describe('POST /1c/reports/{ref_key}/decision applies only to sent reports (status 2)', () => {
  for (const status of [1, 3, 4]) {
    it(`refuses a decision on a report in status ${status} with 409, whatever status it expects, and changes nothing`, async () => {
      const ref = await firstWithStatus(status)
      const before = await decisionStateOf(ref)
      for (const expected of [status, 2, undefined]) {
        for (const decision of [{ status_code: 3 }, { status_code: 4, reject_reason: 'Видео не видно' }]) {
          const res = await decide(ref, { ...decision, expected_status_code: expected })
          const body = (await res.json()) as any
          expect(res.status, JSON.stringify({ expected, decision, body })).toBe(409)
          expect(body).toMatchObject({ status: 'error', data: { code: 409, current_status_code: status } })
        }
      }
      expect(await decisionStateOf(ref)).toEqual(before)
    })
  }

  it('refuses a sent report when the caller expects another status, and still takes the right decision', async () => {
    const ref = await firstWithStatus(2)
    const before = await decisionStateOf(ref)
    for (const expected of [1, 3, 4]) {
      const res = await decide(ref, { status_code: 3, expected_status_code: expected })
      expect(res.status).toBe(409)
      expect(((await res.json()) as any).data.current_status_code).toBe(2)
    }
    expect(await decisionStateOf(ref)).toEqual(before)
    const ok = await decide(ref, { status_code: 3, expected_status_code: 2 })
    expect(ok.status).toBe(200)
    expect(await decisionStateOf(ref)).toEqual({ ...before, status_code: 3, decisions: before.decisions + 1 })
  })
})
