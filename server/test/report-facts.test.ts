import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { todayYmd } from '../src/lib/dates.js'
import { seedScale } from '../src/seed/scale.js'
import { basic1C, bearer, DEMO_BIN, fileApi, loginDirector } from './helper.js'
import { uploadFields, videoForm } from './upload-client.js'

/**
 * The facts the stats read off each report (migration 006) follow whatever writes: uploads,
 * decisions, 1C's upserts, deletions. Checked in the rows and in what /1c/stats says.
 */

const staff = { authorization: basic1C(), 'content-type': 'application/json' }
const SAMPLE = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../seed/sample.mp4')))
const CAR = 'b71e9ff8-1664-11ea-8dad-1831bf7dd029'
const TRUCK = 'b71ea01f-1664-11ea-8dad-1831bf7dd029'
const GUID = 'facts-vehicle-0001'
const OTHER_GUID = 'facts-vehicle-0002'
const REF = 'facts-report-0001'

const api = fileApi()

const facts = () =>
  api.app.db
    .selectFrom('reports')
    .select(['vehicle_type_code', 'first_uploaded_at', 'last_uploaded_at', 'rejected_once'])
    .where('ref_key', '=', REF)
    .executeTakeFirstOrThrow()
const put = (p: string, body: unknown) =>
  fetch(`${api.url}${p}`, { method: 'PUT', headers: staff, body: JSON.stringify(body) })

describe('the facts a report carries for the stats', () => {
  it('follow 1C: a new report takes its vehicle’s type, and the type follows the vehicle and a move', async () => {
    for (const [guid, type] of [
      [GUID, CAR],
      [OTHER_GUID, CAR],
    ])
      expect((await put(`/1c/vehicles/${guid}`, { biin: DEMO_BIN, vehicle_type_code: type })).status).toBeLessThan(300)
    const today = todayYmd()
    const report = { vehicle_guid: GUID, report_number: '777000001', date_start: today, date_finish: today }
    expect((await put(`/1c/reports/${REF}`, report)).status).toBe(201)
    expect(await facts()).toEqual({
      vehicle_type_code: CAR,
      first_uploaded_at: null,
      last_uploaded_at: null,
      rejected_once: 0,
    })

    await put(`/1c/vehicles/${GUID}`, { biin: DEMO_BIN, vehicle_type_code: TRUCK })
    expect((await facts()).vehicle_type_code).toBe(TRUCK)
    await put(`/1c/reports/${REF}`, { ...report, vehicle_guid: OTHER_GUID })
    expect((await facts()).vehicle_type_code).toBe(CAR)
  })

  it('follow uploads and decisions: first and latest upload, rejected once; the stats count them', async () => {
    const month = async () =>
      (await (await fetch(`${api.url}/1c/stats?biin=${DEMO_BIN}&months=1`, { headers: staff })).json()).data.months[0]
    const before = await month()
    const token = (await loginDirector(api.url)).access_token
    const upload = () =>
      fetch(`${api.url}/reports/upload`, {
        method: 'POST',
        headers: bearer(token),
        body: videoForm(uploadFields(REF), SAMPLE),
      })
    expect((await upload()).status).toBe(201)
    const first = await facts()
    expect(first.first_uploaded_at).not.toBeNull()
    expect(first.last_uploaded_at).toBe(first.first_uploaded_at)

    const decide = (status_code: number) =>
      fetch(`${api.url}/1c/reports/${REF}/decision`, {
        method: 'POST',
        headers: staff,
        body: JSON.stringify({ status_code, reject_reason: 'Нет видео салона', expected_status_code: 2 }),
      })
    expect((await decide(4)).status).toBe(200)
    expect((await facts()).rejected_once).toBe(1)
    expect((await upload()).status).toBe(201)
    const second = await facts()
    expect(second.first_uploaded_at).toBe(first.first_uploaded_at)
    expect(second.last_uploaded_at! > first.first_uploaded_at!).toBe(true)
    expect((await decide(3)).status).toBe(200)
    expect((await facts()).rejected_once).toBe(1) // rejected then approved: still rejected once

    // Sent today, its last day: on time; rejected, then approved.
    expect(await month()).toEqual({
      ...before,
      on_time: before.on_time + 1,
      approved: before.approved + 1,
      rejected: before.rejected + 1,
    })
  })

  it('match the rows after a bulk load that gave them (the scale seed), and after the demo seed', async () => {
    await seedScale(api.app.db, { reports: 1500, seed: 5, videoDir: api.config.videoDir })
    const [reports, subs, decisions, vehicles] = await Promise.all([
      api.app.db
        .selectFrom('reports')
        .select([
          'ref_key',
          'vehicle_guid',
          'vehicle_type_code',
          'first_uploaded_at',
          'last_uploaded_at',
          'rejected_once',
        ])
        .execute(),
      api.app.db.selectFrom('submissions').select(['ref_key', 'uploaded_at']).execute(),
      api.app.db.selectFrom('decisions').select(['ref_key', 'status_code']).execute(),
      api.app.db.selectFrom('vehicles').select(['guid', 'vehicle_type_code']).execute(),
    ])
    const type = new Map(vehicles.map((v) => [v.guid, v.vehicle_type_code]))
    for (const r of reports) {
      const times = subs
        .filter((x) => x.ref_key === r.ref_key)
        .map((x) => x.uploaded_at)
        .sort()
      expect([r.ref_key, r.vehicle_type_code, r.first_uploaded_at, r.last_uploaded_at, r.rejected_once]).toEqual([
        r.ref_key,
        type.get(r.vehicle_guid),
        times[0] ?? null,
        times.at(-1) ?? null,
        decisions.some((d) => d.ref_key === r.ref_key && d.status_code === 4) ? 1 : 0,
      ])
    }
  })

  it('are recomputed when submissions or decisions are deleted', async () => {
    const subs = await api.app.db
      .selectFrom('submissions')
      .select(['id', 'uploaded_at'])
      .where('ref_key', '=', REF)
      .orderBy('id')
      .execute()
    expect(subs).toHaveLength(2)
    await api.app.db.deleteFrom('submission_signals').where('submission_id', '=', subs[1]!.id).execute()
    await api.app.db.deleteFrom('submission_media').where('submission_id', '=', subs[1]!.id).execute()
    await api.app.db.deleteFrom('submissions').where('id', '=', subs[1]!.id).execute()
    expect(await facts()).toMatchObject({
      first_uploaded_at: subs[0]!.uploaded_at,
      last_uploaded_at: subs[0]!.uploaded_at,
    })
    await api.app.db.deleteFrom('decision_letters').execute()
    await api.app.db.deleteFrom('decisions').where('ref_key', '=', REF).where('status_code', '=', 4).execute()
    expect((await facts()).rejected_once).toBe(0)
  })
})
