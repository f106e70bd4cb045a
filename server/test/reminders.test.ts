import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localIso, todayYmd } from '../src/lib/dates.js'
import { basic1C, bearer, DEMO_BIN, DEMO_IIN, loginDirector, startApi, type StartedApi } from './helper.js'

const PORTAL = 'https://portal.example.kz'
const EMAIL: Record<string, string> = { [DEMO_BIN]: 'email@mail.ru', [DEMO_IIN]: 'ip.demo@mail.kz' }
const staff = { authorization: basic1C() }
const DAY = 86_400_000

let api: StartedApi
beforeAll(async () => {
  api = await startApi({ portalPublicUrl: PORTAL })
})
afterAll(async () => {
  await api?.close()
})

interface Letter {
  to: string
  subject: string
  text: string
}
const letters = async (to: string): Promise<Letter[]> =>
  (await (await fetch(`${api.url}/dev/outbox?to=${encodeURIComponent(to)}&limit=200`)).json()).data.messages
const digests = async (to: string) => (await letters(to)).filter((l) => l.subject.startsWith('Напоминание'))
const runNow = async () => {
  const res = await fetch(`${api.url}/1c/reminders/run`, { method: 'POST', headers: staff })
  expect(res.status).toBe(200)
  return (await res.json()).data as {
    date: string
    sent: { biin: string; to: string; overdue: number; due_soon: number }[]
  }
}
/** Report links in a letter's text, as ref_keys. */
const linked = (text: string) =>
  new Set([...text.matchAll(new RegExp(`${PORTAL}/reports/([0-9a-f-]+)`, 'g'))].map((m) => m[1]!))

/** The open reports (1, 4) of a company that a digest on `day` must list. */
async function expectedFor(biin: string, day: string, daysBefore: number) {
  const rows = await api.app.db
    .selectFrom('reports as r')
    .innerJoin('companies as c', 'c.id', 'r.company_id')
    .select(['r.ref_key', 'r.date_finish'])
    .where('c.biin', '=', biin)
    .where('r.status_code', 'in', [1, 4])
    .execute()
  const overdue = rows.filter((r) => r.date_finish < day).map((r) => r.ref_key)
  const soon = rows
    .filter((r) => r.date_finish >= day && r.date_finish <= addDays(day, daysBefore))
    .map((r) => r.ref_key)
  return { overdue, soon, all: new Set([...overdue, ...soon]) }
}

describe('the daily reminder pass', () => {
  it('sends one digest to each company email, listing exactly its overdue and soon-due reports; nothing on a second run', async () => {
    const today = todayYmd()
    const first = await runNow()
    expect(first.date).toBe(today)
    for (const biin of [DEMO_BIN, DEMO_IIN]) {
      const want = await expectedFor(biin, today, 3)
      expect(want.overdue.length).toBeGreaterThan(0)
      expect(first.sent.find((s) => s.biin === biin)).toMatchObject({
        to: EMAIL[biin],
        overdue: want.overdue.length,
        due_soon: want.soon.length,
      })
      const mine = await digests(EMAIL[biin])
      expect(mine).toHaveLength(1)
      expect(linked(mine[0]!.text)).toEqual(want.all)
      expect(mine[0]!.text).toContain(`Просрочено: ${want.overdue.length}`)
      expect(mine[0]!.text).toContain(`Overdue: ${want.overdue.length}`)
    }

    const again = await runNow()
    expect({ date: again.date, sent: again.sent }).toEqual({ date: today, sent: [] })
    expect(await digests(EMAIL[DEMO_BIN])).toHaveLength(1)
    expect(await digests(EMAIL[DEMO_IIN])).toHaveLength(1)
  })

  it('sends again the next day (clock injected), once, counting days from that day', async () => {
    const tomorrow = new Date(Date.now() + DAY)
    const day = todayYmd(tomorrow)
    const run = await api.app.reminders.run(tomorrow)
    expect(run.date).toBe(day)
    expect(run.sent.map((s) => s.biin).sort()).toEqual([DEMO_BIN, DEMO_IIN].sort())
    const [latest] = await digests(EMAIL[DEMO_BIN])
    expect(await digests(EMAIL[DEMO_BIN])).toHaveLength(2)
    expect(linked(latest!.text)).toEqual((await expectedFor(DEMO_BIN, day, 3)).all)
    expect((await api.app.reminders.run(tomorrow)).sent).toEqual([])
    expect(await digests(EMAIL[DEMO_BIN])).toHaveLength(2)
  })

  it('lists reports due within reminder_days_before days, as the director set it', async () => {
    const director = await loginDirector(api.url)
    const put = await fetch(`${api.url}/company/settings`, {
      method: 'PUT',
      headers: { ...bearer(director.access_token), 'content-type': 'application/json' },
      body: JSON.stringify({ reminders: true, reminder_days_before: 14 }),
    })
    expect(put.status).toBe(200)
    const later = new Date(Date.now() + 2 * DAY)
    const day = todayYmd(later)
    const narrow = await expectedFor(DEMO_BIN, day, 3)
    const wide = await expectedFor(DEMO_BIN, day, 14)
    expect(wide.soon.length).toBeGreaterThan(narrow.soon.length)
    const run = await api.app.reminders.run(later)
    expect(run.sent.find((s) => s.biin === DEMO_BIN)?.due_soon).toBe(wide.soon.length)
    expect(linked((await digests(EMAIL[DEMO_BIN]))[0]!.text)).toEqual(wide.all)
  })

  it('reminders off: no letters for that company (digest or rejection); the other company still gets its digest', async () => {
    const director = await loginDirector(api.url, DEMO_IIN)
    const put = await fetch(`${api.url}/company/settings`, {
      method: 'PUT',
      headers: { ...bearer(director.access_token), 'content-type': 'application/json' },
      body: JSON.stringify({ reminders: false, reminder_days_before: 3 }),
    })
    expect(await put.json()).toMatchObject({ data: { reminders: false, reminder_days_before: 3 } })
    const before = (await letters(EMAIL[DEMO_IIN])).length
    const run = await api.app.reminders.run(new Date(Date.now() + 3 * DAY))
    expect(run.sent.map((s) => s.biin)).toEqual([DEMO_BIN])

    // A rejection of that company's sent report: no letter either.
    const sent = await api.app.db
      .selectFrom('reports as r')
      .innerJoin('companies as c', 'c.id', 'r.company_id')
      .select('r.ref_key')
      .where('c.biin', '=', DEMO_IIN)
      .where('r.status_code', '=', 2)
      .executeTakeFirstOrThrow()
    const res = await fetch(`${api.url}/1c/reports/${sent.ref_key}/decision`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({ status_code: 4, reject_reason: 'Не виден VIN-код', expected_status_code: 2 }),
    })
    expect(res.status).toBe(200)
    expect(await letters(EMAIL[DEMO_IIN])).toHaveLength(before)
  })
})

describe('the pass twice at once', () => {
  it('both see the same companies to remind, one digest each is queued: the (company, day) key decides', async () => {
    const day = new Date(Date.now() + 10 * DAY)
    const before = (await digests(EMAIL[DEMO_BIN])).length
    const runs = await Promise.all([api.app.reminders.run(day), api.app.reminders.run(day), api.app.reminders.run(day)])
    expect(runs.flatMap((r) => r.sent.map((s) => s.biin))).toEqual([DEMO_BIN])
    expect(await digests(EMAIL[DEMO_BIN])).toHaveLength(before + 1)
    const keys = await api.app.db
      .selectFrom('reminder_digests as g')
      .innerJoin('outbox as o', 'o.id', 'g.outbox_id')
      .select(['g.day', 'o.to_addr'])
      .where('g.day', '=', todayYmd(day))
      .execute()
    expect(keys).toEqual([{ day: todayYmd(day), to_addr: EMAIL[DEMO_BIN] }])
  })
})

describe('a rejection letter', () => {
  const decide = (refKey: string, body: Record<string, unknown>) =>
    fetch(`${api.url}/1c/reports/${refKey}/decision`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({ expected_status_code: 2, ...body }),
    })
  const sentOf71 = () =>
    api.app.db
      .selectFrom('reports')
      .select(['ref_key', 'report_number'])
      .where('company_id', '=', 71)
      .where('status_code', '=', 2)
      .orderBy('ref_key')
      .execute()

  it('is queued with the decision: the reason, a link to the report in the portal, findable from the decision', async () => {
    const [report] = await sentOf71()
    const before = (await letters(EMAIL[DEMO_BIN])).length
    const reason = 'Не виден госномер\nНе показано: 2. Обойти автомобиль <справа>'
    expect((await decide(report!.ref_key, { status_code: 4, reject_reason: reason })).status).toBe(200)

    const all = await letters(EMAIL[DEMO_BIN])
    expect(all).toHaveLength(before + 1)
    const letter = all[0]!
    expect(letter.subject).toBe(`Отчёт № ${report!.report_number} отклонён · Report rejected`)
    expect(letter.text).toContain('    Не виден госномер\n    Не показано: 2. Обойти автомобиль <справа>')
    expect(letter.text).toContain(`${PORTAL}/reports/${report!.ref_key}`)
    expect(letter.text).toContain('Reason (as the reviewer wrote it):')

    const decision = await api.app.db
      .selectFrom('decisions')
      .select('id')
      .where('ref_key', '=', report!.ref_key)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    const link = await api.app.db
      .selectFrom('decision_letters as l')
      .innerJoin('outbox as o', 'o.id', 'l.outbox_id')
      .select(['o.to_addr', 'o.kind', 'o.html'])
      .where('l.decision_id', '=', decision.id)
      .executeTakeFirstOrThrow()
    expect(link).toMatchObject({ to_addr: EMAIL[DEMO_BIN], kind: 'rejection' })
    expect(link.html).toContain('Обойти автомобиль &lt;справа&gt;')
    expect(link.html).not.toContain('<справа>')
  })

  it('an approval sends none', async () => {
    const [report] = await sentOf71()
    const before = (await letters(EMAIL[DEMO_BIN])).length
    expect((await decide(report!.ref_key, { status_code: 3, reject_reason: '' })).status).toBe(200)
    expect(await letters(EMAIL[DEMO_BIN])).toHaveLength(before)
  })

  it('an undo can drop it through its decision while it is unsent, and not once it is sent', async () => {
    const [a, b] = await sentOf71()
    const ids: number[] = []
    for (const r of [a!, b!]) {
      expect((await decide(r.ref_key, { status_code: 4, reject_reason: 'Плохое качество' })).status).toBe(200)
      const d = await api.app.db
        .selectFrom('decisions')
        .select('id')
        .where('ref_key', '=', r.ref_key)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
      ids.push(d.id)
    }
    const outboxOf = (id: number) =>
      api.app.db.selectFrom('decision_letters').select('outbox_id').where('decision_id', '=', id).executeTakeFirst()
    const first = (await outboxOf(ids[0]!))!.outbox_id
    expect(
      await api.app.db.transaction().execute((trx) => api.app.reminders.dropUnsentDecisionLetter(trx, ids[0]!)),
    ).toBe(true)
    expect(
      await api.app.db.selectFrom('outbox').select('id').where('id', '=', first).executeTakeFirst(),
    ).toBeUndefined()
    expect(await outboxOf(ids[0]!)).toBeUndefined()

    const second = (await outboxOf(ids[1]!))!.outbox_id
    await api.app.db.updateTable('outbox').set({ sent_at: new Date().toISOString() }).where('id', '=', second).execute()
    expect(
      await api.app.db.transaction().execute((trx) => api.app.reminders.dropUnsentDecisionLetter(trx, ids[1]!)),
    ).toBe(false)
    expect(await outboxOf(ids[1]!)).toEqual({ outbox_id: second })
  })
})

describe('the scheduler', () => {
  it('runs the pass every day at REMINDER_AT, Almaty time; REMINDER_AT=off means no job here', async () => {
    expect(api.app.reminderJob).toBeUndefined() // the test helper's default: off
    const timed = await startApi({ reminderAt: { hour: 7, minute: 30 } })
    try {
      const next = timed.app.reminderJob!.nextRun()!
      expect(localIso(next).slice(11)).toBe('07:30:00')
      expect(next.getTime() - Date.now()).toBeGreaterThan(0)
      expect(next.getTime() - Date.now()).toBeLessThanOrEqual(DAY)
    } finally {
      await timed.close()
    }
  })
})
