// Review test data against the real API of this run (playwright.config.ts starts it): 1C upserts
// of a vehicle with a due report, and the director's upload, so no other spec's data is touched.
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect } from '@playwright/test'
import { DEMO } from './demo'

const API = `http://127.0.0.1:${process.env.E2E_API_PORT || 4100}`
export const STAFF_1C = `Basic ${Buffer.from(`${DEMO.staff.login}:${DEMO.staff.password}`).toString('base64')}`
const CAR_TYPE = 'b71e9ff8-1664-11ea-8dad-1831bf7dd029' // Легковой автомобиль (10 instructions)
const SAMPLE = readFileSync('server/seed/sample.mp4')
export async function api(path: string, init: RequestInit & { auth?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.auth) headers.set('authorization', init.auth)
  const res = await fetch(`${API}${path}`, { ...init, headers })
  const body = (await res.json().catch(() => null)) as { data: Record<string, unknown> } | null
  return { status: res.status, data: body?.data ?? {} }
}

export const ymd = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** A vehicle and a due report of its own (1C upserts), so no other spec's data is touched. */
export async function createDueReport(tag: string) {
  const guid = randomUUID()
  const refKey = randomUUID()
  const plate = `${tag}KZ02`
  const v = await api(`/1c/vehicles/${guid}`, {
    method: 'PUT',
    auth: STAFF_1C,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      biin: DEMO.biin,
      vehicle_type_code: CAR_TYPE,
      vin_code: `E2EVIN${tag}`,
      plate_number: plate,
      contract_number: `№E2E-${tag}`,
      contract_date_end: ymd(365),
    }),
  })
  expect(v.status).toBe(201)
  const r = await api(`/1c/reports/${refKey}`, {
    method: 'PUT',
    auth: STAFF_1C,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ vehicle_guid: guid, report_number: `R${tag}`, date_start: ymd(-3), date_finish: ymd(4) }),
  })
  expect(r.status).toBe(201)
  return { guid, refKey, plate, number: `R${tag}` }
}

/** The director's access token, the way the mobile app gets one (BIN → OTP letter → /auth). */
export async function directorToken(): Promise<string> {
  const uuid = randomUUID()
  expect(
    (
      await api(`/biin/${DEMO.biin}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role_id: 1, uuid, FCM: 'e2e' }),
      })
    ).status,
  ).toBe(200)
  const box = await api('/dev/outbox?to=email%40mail.ru&limit=1')
  const text = (box.data.messages as { text: string }[])[0]?.text ?? ''
  const code = /(?<!\d)\d{4}(?!\d)/.exec(text)?.[0]
  const auth = await api('/auth', {
    method: 'POST',
    auth: `Basic ${Buffer.from(`${DEMO.biin}-${uuid}:${code}`).toString('base64')}`,
  })
  expect(auth.status).toBe(200)
  return auth.data.access_token as string
}

/** The director sends a video for the report (the API the upload form streams to). */
export async function uploadVideo(token: string, refKey: string) {
  const form = new FormData()
  form.set('ref_key', refKey)
  form.set('time_sent', `${ymd(0)} 10:15:00`)
  form.set('lat', '43.23800000')
  form.set('long', '76.94500000')
  form.set('file', new Blob([SAMPLE], { type: 'video/mp4' }), 'inspection.mp4')
  const res = await api('/reports/upload', { method: 'POST', auth: `Bearer ${token}`, body: form })
  expect(res.status, JSON.stringify(res.data)).toBe(201)
}
