import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { basic1C, bearer, fileApi, loginDirector } from './helper.js'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4'))

const api = fileApi()

const admin = { authorization: basic1C() }
const second = { authorization: basic1C('reviewer_2', 'pass_2') }
const decide = (refKey: string, body: Record<string, unknown>, headers = admin) =>
  fetch(`${api.url}/1c/reports/${refKey}/decision`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ expected_status_code: 2, ...body }),
  })
const undo = (refKey: string, headers = admin) =>
  fetch(`${api.url}/1c/reports/${refKey}/decision`, { method: 'DELETE', headers })
const detail = async (refKey: string) =>
  (await (await fetch(`${api.url}/1c/reports/${refKey}`, { headers: admin })).json()).data

/** Sent reports of the demo company (71), one per test: each takes the next. */
let sent: string[] = []
const nextSent = async () => {
  if (!sent.length)
    sent = (
      await api.app.db
        .selectFrom('reports')
        .select('ref_key')
        .where('company_id', '=', 71)
        .where('status_code', '=', 2)
        .orderBy('ref_key')
        .execute()
    ).map((r) => r.ref_key)
  return sent.shift()!
}
const factsOf = (refKey: string) =>
  api.app.db
    .selectFrom('reports')
    .select(['status_code', 'rejected_once', 'updated_at'])
    .where('ref_key', '=', refKey)
    .executeTakeFirstOrThrow()

/** Moves a decision (and the report's last change, which it made) `seconds` into the past. */
async function age(refKey: string, seconds: number) {
  const d = await api.app.db
    .selectFrom('decisions')
    .select(['id', 'decided_at'])
    .where('ref_key', '=', refKey)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow()
  const earlier = new Date(Date.parse(d.decided_at) - seconds * 1000).toISOString()
  await api.app.db.updateTable('decisions').set({ decided_at: earlier }).where('id', '=', d.id).execute()
  await api.app.db.updateTable('reports').set({ updated_at: earlier }).where('ref_key', '=', refKey).execute()
}

describe('DELETE /1c/reports/{ref_key}/decision', () => {
  it('the reviewer who approved undoes it within the window: back to 2, both events in the history', async () => {
    const ref = await nextSent()
    const decided = await decide(ref, { status_code: 3 })
    expect(decided.status).toBe(200)
    const d = (await decided.json()).data
    expect(Date.parse(d.undo_until) - Date.parse(d.decided_at)).toBe(api.config.undoWindowS * 1000)

    const res = await undo(ref)
    expect(res.status).toBe(200)
    const body = (await res.json()).data
    expect(body).toMatchObject({ ref_key: ref, status_code: 2, undone_status_code: 3, letter_dropped: false })
    expect((await factsOf(ref)).status_code).toBe(2)

    const history = (await detail(ref)).history
    const decision = history.find((h: any) => h.kind === 'decision' && h.status_code === 3 && h.at === d.decided_at)
    expect(decision).toMatchObject({ reviewer_login: 'admin_1C', undone_at: body.undone_at })
    expect(history.at(-1)).toMatchObject({ kind: 'undo', id: decision.id, status_code: 3, reviewer_login: 'admin_1C' })

    // Back in the queue: it can be decided again, and that decision stands.
    expect((await decide(ref, { status_code: 3 }, second)).status).toBe(200)
    expect((await factsOf(ref)).status_code).toBe(3)
  })

  it('an undone rejection: its unsent letter is dropped and the report no longer counts as rejected', async () => {
    const ref = await nextSent()
    const before = await factsOf(ref)
    expect((await decide(ref, { status_code: 4, reject_reason: 'Плохое качество' })).status).toBe(200)
    expect((await factsOf(ref)).rejected_once).toBe(1)
    const { id } = await api.app.db
      .selectFrom('decisions')
      .select('id')
      .where('ref_key', '=', ref)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    const link = await api.app.db
      .selectFrom('decision_letters')
      .select('outbox_id')
      .where('decision_id', '=', id)
      .executeTakeFirstOrThrow()

    const res = await undo(ref)
    expect(res.status).toBe(200)
    expect((await res.json()).data).toMatchObject({ status_code: 2, undone_status_code: 4, letter_dropped: true })
    expect(
      await api.app.db.selectFrom('outbox').select('id').where('id', '=', link.outbox_id).executeTakeFirst(),
    ).toBeUndefined()
    const after = await factsOf(ref)
    expect(after.status_code).toBe(2)
    expect(after.rejected_once).toBe(before.rejected_once)
    // The reviewers' stats leave out the undone decision.
    const stats = (await (await fetch(`${api.url}/1c/stats`, { headers: admin })).json()).data
    const reasons = stats.reject_reasons.filter((r: any) => r.reason === 'Плохое качество')
    expect(reasons).toEqual([])
  })

  it('409 for another reviewer, and nothing changes', async () => {
    const ref = await nextSent()
    expect((await decide(ref, { status_code: 3 })).status).toBe(200)
    const res = await undo(ref, second)
    expect(res.status).toBe(409)
    const body = await res.json()
    expect(body).toMatchObject({ status: 'error', data: { code: 409, reason: 'not_yours' } })
    expect(body.data.message).toMatch(/only the reviewer who made the decision \(admin_1C\)/i)
    expect((await factsOf(ref)).status_code).toBe(3)
    expect((await detail(ref)).history.some((h: any) => h.kind === 'undo')).toBe(false)
  })

  it('409 after the window, and nothing changes', async () => {
    const ref = await nextSent()
    expect((await decide(ref, { status_code: 4, reject_reason: 'Не виден номер' })).status).toBe(200)
    await age(ref, api.config.undoWindowS + 1)
    const res = await undo(ref)
    expect(res.status).toBe(409)
    expect((await res.json()).data).toMatchObject({
      reason: 'window_passed',
      message: expect.stringMatching(/undo window \(30 s\) has passed/),
    })
    expect(await factsOf(ref)).toMatchObject({ status_code: 4, rejected_once: 1 })
  })

  it('409 after a new video came for the rejected report', async () => {
    const ref = await nextSent()
    expect((await decide(ref, { status_code: 4, reject_reason: 'Снимите заново' })).status).toBe(200)
    const director = await loginDirector(api.url)
    const form = new FormData()
    form.set('ref_key', ref)
    form.set('time_sent', '2026-01-01 10:00:00')
    form.set('lat', '43.2')
    form.set('long', '76.9')
    form.set('file', new Blob([SAMPLE], { type: 'video/mp4' }), 'video.mp4')
    const up = await fetch(`${api.url}/reports/upload`, {
      method: 'POST',
      headers: bearer(director.access_token),
      body: form,
    })
    expect(up.status).toBe(201)

    const res = await undo(ref)
    expect(res.status).toBe(409)
    expect((await res.json()).data).toMatchObject({
      reason: 'changed',
      message: expect.stringMatching(/changed after the decision/),
    })
    const history = (await detail(ref)).history
    expect(history.at(-1).kind).toBe('submission')
    expect(history.some((h: any) => h.kind === 'undo')).toBe(false)
    expect((await factsOf(ref)).status_code).toBe(2)
  })

  it('409 when there is nothing to undo (twice, or never decided); 404 for an unknown report', async () => {
    const ref = await nextSent()
    expect((await undo(ref)).status).toBe(409)
    expect((await decide(ref, { status_code: 3 })).status).toBe(200)
    expect((await undo(ref)).status).toBe(200)
    const again = await undo(ref)
    expect(again.status).toBe(409)
    expect((await again.json()).data).toMatchObject({ reason: 'nothing_to_undo', message: expect.any(String) })
    expect((await undo('no-such-report')).status).toBe(404)
    expect((await undo(ref, {} as typeof admin)).status).toBe(401)
  })
})
