import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect } from '@playwright/test'
import { DEMO } from './demo'

/** The real API of this run (playwright.config.ts starts it), called the way integrators and the app call it. */
export const API = `http://127.0.0.1:${process.env.E2E_API_PORT || 4100}`
export const STAFF_1C = `Basic ${Buffer.from(`${DEMO.staff.login}:${DEMO.staff.password}`).toString('base64')}`
const CAR_TYPE = 'b71e9ff8-1664-11ea-8dad-1831bf7dd029' // Легковой автомобиль (10 instructions)
const SAMPLE = readFileSync('server/seed/sample.mp4')

export async function api(path: string, init: RequestInit & { auth?: string } = {}, base = API) {
  const headers = new Headers(init.headers)
  if (init.auth) headers.set('authorization', init.auth)
  const res = await fetch(`${base}${path}`, { ...init, headers })
  const body = (await res.json().catch(() => null)) as { data: Record<string, unknown> } | null
  return { status: res.status, data: body?.data ?? {} }
}

export const ymd = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** A vehicle and a due report of its own (1C upserts), so no other spec's data is touched. */
export async function createDueReport(tag: string, base = API) {
  const guid = randomUUID()
  const refKey = randomUUID()
  const plate = `${tag}KZ02`
  const json = { 'content-type': 'application/json' }
  const v = await api(
    `/1c/vehicles/${guid}`,
    {
      method: 'PUT',
      auth: STAFF_1C,
      headers: json,
      body: JSON.stringify({
        biin: DEMO.biin,
        vehicle_type_code: CAR_TYPE,
        vin_code: `E2EVIN${tag}`,
        plate_number: plate,
        contract_number: `№E2E-${tag}`,
        contract_date_end: ymd(365),
      }),
    },
    base,
  )
  expect(v.status).toBe(201)
  const r = await api(
    `/1c/reports/${refKey}`,
    {
      method: 'PUT',
      auth: STAFF_1C,
      headers: json,
      body: JSON.stringify({ vehicle_guid: guid, report_number: `R${tag}`, date_start: ymd(-3), date_finish: ymd(4) }),
    },
    base,
  )
  expect(r.status).toBe(201)
  return { guid, refKey, plate, number: `R${tag}` }
}

/** The director's access token, the way the mobile app gets one (BIN → OTP letter → /auth). */
export async function directorToken(base = API): Promise<string> {
  const uuid = randomUUID()
  const started = await api(
    `/biin/${DEMO.biin}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role_id: 1, uuid, FCM: 'e2e' }),
    },
    base,
  )
  expect(started.status).toBe(200)
  const box = await api('/dev/outbox?to=email%40mail.ru&limit=1', {}, base)
  const text = (box.data.messages as { text: string }[])[0]?.text ?? ''
  const code = /(?<!\d)\d{4}(?!\d)/.exec(text)?.[0]
  const auth = await api(
    '/auth',
    { method: 'POST', auth: `Basic ${Buffer.from(`${DEMO.biin}-${uuid}:${code}`).toString('base64')}` },
    base,
  )
  expect(auth.status).toBe(200)
  return auth.data.access_token as string
}

/** The director sends a video for the report (the API the upload form streams to); the committed sample by default. */
export async function uploadVideo(token: string, refKey: string, file: Buffer = SAMPLE, base = API) {
  const form = new FormData()
  form.set('ref_key', refKey)
  form.set('time_sent', `${ymd(0)} 10:15:00`)
  form.set('lat', '43.23800000')
  form.set('long', '76.94500000')
  form.set('file', new Blob([new Uint8Array(file)], { type: 'video/mp4' }), 'inspection.mp4')
  const res = await api('/reports/upload', { method: 'POST', auth: `Bearer ${token}`, body: form }, base)
  expect(res.status, JSON.stringify(res.data)).toBe(201)
}
