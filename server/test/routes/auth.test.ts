import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import * as seed from '../fixtures/seed-examples.js'
import {
  appBasic,
  bearer,
  DEMO_BIN,
  DEMO_IIN,
  fileApi,
  loginDirector,
  loginEmployee,
  readOtp,
  startApi,
} from '../helper.js'
import { shapeDiff } from '../shape.js'

const api = fileApi()

const requestOtp = (biin: string, body: unknown, contentType = 'application/json') =>
  fetch(`${api.url}/biin/${biin}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
const auth = (authorization?: string) =>
  fetch(`${api.url}/auth`, { method: 'POST', headers: authorization ? { authorization } : {} })
const wrongCode = (code: string) => String((Number(code) + 1) % 10_000).padStart(4, '0')
const decodeJwt = (t: string) => JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString())

describe('POST /biin/{biin}', () => {
  it('sends an OTP to the company email for a director, as the seed shows', async () => {
    const res = await requestOtp(DEMO_BIN, { role_id: 1, uuid: randomUUID(), FCM: 'x' })
    const body = await res.json()
    expect(res.status).toBe(200)
    expect(shapeDiff(seed.otpSent, body)).toEqual([])
    expect(body.data).toEqual({ message: 'OTP is sent to your email.', code: 200, email: 'e****l@mail.ru' })
    expect(await readOtp(api.url, 'email@mail.ru')).toMatch(/^\d{4}$/)
  })

  it('accepts a form body and creates an employee (role 2)', async () => {
    const uuid = randomUUID()
    const form = new URLSearchParams({ role_id: '2', uuid, FCM: 'f', mobile: '87770000001', first_name: 'Дана' })
    const res = await requestOtp(DEMO_BIN, form.toString(), 'application/x-www-form-urlencoded')
    expect(res.status).toBe(200)
    const code = await readOtp(api.url, 'email@mail.ru')
    const login = await auth(appBasic(DEMO_BIN, uuid, code))
    const body = await login.json()
    expect(body.data).toMatchObject({ first_name: 'Дана', mobile: '87770000001', user_type: 'Сотрудник' })
  })

  it('accepts a multipart form body', async () => {
    const fd = new FormData()
    for (const [k, v] of Object.entries({ role_id: '1', uuid: randomUUID(), FCM: 'f' })) fd.append(k, v)
    const res = await fetch(`${api.url}/biin/${DEMO_IIN}`, { method: 'POST', body: fd })
    expect(res.status).toBe(200)
    expect((await res.json()).data.email).toBe('i****o@mail.kz')
  })

  it('answers 422 for a wrong check digit', async () => {
    const res = await requestOtp('200940026147', { role_id: 1, uuid: randomUUID(), FCM: 'x' })
    expect(res.status).toBe(422)
    expect((await res.json()).data).toMatchObject({ code: 422, errors: { biin: expect.any(String) } })
  })

  it('answers 422 naming the missing fields of an employee request', async () => {
    const res = await requestOtp(DEMO_BIN, { role_id: 2, uuid: randomUUID(), FCM: 'x' })
    expect(res.status).toBe(422)
    const body = await res.json()
    expect(body.status).toBe('error')
    expect(Object.keys(body.data.errors).sort()).toEqual(['first_name', 'mobile'])
  })

  it('answers 422 for a role other than 1 or 2 and for a non-numeric BIN', async () => {
    expect((await requestOtp(DEMO_BIN, { role_id: 3, uuid: 'u', FCM: 'x' })).status).toBe(422)
    expect((await requestOtp('20094002614x', { role_id: 1, uuid: 'u', FCM: 'x' })).status).toBe(422)
  })

  it('answers 404 for a valid but unknown BIN', async () => {
    // 000000000000 passes the check digit (sum 0) but no company has it.
    const res = await requestOtp('000000000000', { role_id: 1, uuid: randomUUID(), FCM: 'x' })
    expect(res.status).toBe(404)
    expect((await res.json()).data.code).toBe(404)
  })

  it('answers 400 for malformed JSON', async () => {
    const res = await requestOtp(DEMO_BIN, '{"role_id":', 'application/json')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ status: 'error', data: { message: expect.any(String), code: 400 } })
  })

  it('answers 429 with Retry-After when a new code is asked again within a minute', async () => {
    const uuid = randomUUID()
    expect((await requestOtp(DEMO_BIN, { role_id: 1, uuid, FCM: 'x' })).status).toBe(200)
    const again = await requestOtp(DEMO_BIN, { role_id: 1, uuid, FCM: 'x' })
    expect(again.status).toBe(429)
    const retry = Number(again.headers.get('retry-after'))
    expect(retry).toBeGreaterThanOrEqual(1)
    expect(retry).toBeLessThanOrEqual(60)
    // Another device of the same company is not limited.
    expect((await requestOtp(DEMO_BIN, { role_id: 1, uuid: randomUUID(), FCM: 'x' })).status).toBe(200)
  })
})

describe('POST /auth', () => {
  it('returns the ADMIN body of the seed (plus employees)', async () => {
    const { body } = await loginDirector(api.url)
    expect(shapeDiff(seed.authAdmin, body, ['$.data.employees'])).toEqual([])
    expect(body.data).toMatchObject({
      mobile: '+77021234567',
      email: 'email@mail.ru',
      first_name: 'Нурмуханов',
      last_name: 'Руслан',
      patronic_name: 'Серикович',
      biin: DEMO_BIN,
      company_name: 'Alpha AJI Gruppe ТОО',
      user_type: 'Директор',
    })
    expect(body.data.employees.map((e: { id: number }) => e.id)).toEqual(expect.arrayContaining([153, 8, 7, 4]))
    expect(body.data.reports.important.length).toBeGreaterThan(0)
    expect(body.data.reports.general.length).toBeGreaterThan(0)
  })

  it('returns the EMPLOYEE body of the seed (no email, plate_numbers in the filter)', async () => {
    const { body } = await loginEmployee(api.url)
    // Report items keep vehicle_guid for employees too (the portal links to the vehicle).
    expect(shapeDiff(seed.authEmployee, body, ['$.data.reports.general[].vehicle_guid'])).toEqual([])
    expect(body.data).not.toHaveProperty('email')
    expect(body.data).not.toHaveProperty('employees')
    expect(body.data).toMatchObject({ first_name: 'Иван', mobile: '87781578800', user_type: 'Сотрудник' })
  })

  it('issues tokens with exactly the seed claims', async () => {
    const { access_token, refresh_token, uuid } = await loginDirector(api.url)
    const a = decodeJwt(access_token)
    const r = decodeJwt(refresh_token)
    expect(Object.keys(a).sort()).toEqual(['biin', 'company_id', 'exp', 'iat', 'iss', 'type', 'user_id', 'uuid'])
    expect(Object.keys(r).sort()).toEqual([
      'biin',
      'company_id',
      'exp',
      'iat',
      'iss',
      'rti',
      'rtp',
      'type',
      'user_id',
      'uuid',
    ])
    expect(a).toMatchObject({ type: 'access', biin: DEMO_BIN, company_id: 71, user_id: 10, uuid })
    expect(a.exp - a.iat).toBe(300)
    expect(r.exp - r.iat).toBe(2_592_000)
    expect(JSON.parse(Buffer.from(access_token.split('.')[0]!, 'base64url').toString())).toEqual({
      typ: 'JWT',
      alg: 'HS256',
    })
  })

  it('accepts the seed tolerant forms: base64 inside, and || as separator', async () => {
    for (const form of ['base64-inside', 'pipes'] as const) {
      const uuid = randomUUID()
      await requestOtp(DEMO_BIN, { role_id: 1, uuid, FCM: 'x' })
      const code = await readOtp(api.url, 'email@mail.ru')
      const login = form === 'pipes' ? `${DEMO_BIN}||${uuid}` : Buffer.from(`${DEMO_BIN}-${uuid}`).toString('base64')
      const password = form === 'pipes' ? code : Buffer.from(code).toString('base64')
      const res = await auth(`Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`)
      expect(res.status, form).toBe(200)
    }
  })

  it('answers 401 without credentials and for a wrong code', async () => {
    expect((await auth()).status).toBe(401)
    const uuid = randomUUID()
    await requestOtp(DEMO_BIN, { role_id: 1, uuid, FCM: 'x' })
    const code = await readOtp(api.url, 'email@mail.ru')
    const res = await auth(appBasic(DEMO_BIN, uuid, wrongCode(code)))
    expect(res.status).toBe(401)
    expect((await res.json()).status).toBe('error')
  })

  it('accepts a code once only', async () => {
    const uuid = randomUUID()
    await requestOtp(DEMO_BIN, { role_id: 1, uuid, FCM: 'x' })
    const code = await readOtp(api.url, 'email@mail.ru')
    expect((await auth(appBasic(DEMO_BIN, uuid, code))).status).toBe(200)
    expect((await auth(appBasic(DEMO_BIN, uuid, code))).status).toBe(401)
  })

  it('binds the code to the device uuid', async () => {
    const uuid = randomUUID()
    await requestOtp(DEMO_BIN, { role_id: 1, uuid, FCM: 'x' })
    const code = await readOtp(api.url, 'email@mail.ru')
    expect((await auth(appBasic(DEMO_BIN, randomUUID(), code))).status).toBe(401)
    expect((await auth(appBasic(DEMO_BIN, uuid, code))).status).toBe(200)
  })

  it('burns the code after 5 wrong tries: 401 ×4, 429, then 401 even for the right code', async () => {
    const uuid = randomUUID()
    await requestOtp(DEMO_BIN, { role_id: 1, uuid, FCM: 'x' })
    const code = await readOtp(api.url, 'email@mail.ru')
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await auth(appBasic(DEMO_BIN, uuid, wrongCode(code)))).status)
    expect(statuses).toEqual([401, 401, 401, 401, 429])
    const right = await auth(appBasic(DEMO_BIN, uuid, code))
    expect(right.status).toBe(401)
  })

  it('rejects an expired code (OTP_TTL override)', async () => {
    const short = await startApi({ otpTtl: 1 })
    try {
      const uuid = randomUUID()
      await fetch(`${short.url}/biin/${DEMO_BIN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role_id: 1, uuid, FCM: 'x' }),
      })
      const code = await readOtp(short.url, 'email@mail.ru')
      await new Promise((r) => setTimeout(r, 1200))
      const res = await fetch(`${short.url}/auth`, {
        method: 'POST',
        headers: { authorization: appBasic(DEMO_BIN, uuid, code) },
      })
      expect(res.status).toBe(401)
      expect((await res.json()).data.message).toMatch(/expired/i)
    } finally {
      await short.close()
    }
  })
})

describe('POST /refresh_token', () => {
  const refresh = (token: string) => fetch(`${api.url}/refresh_token`, { method: 'POST', headers: bearer(token) })

  it('rotates: a new pair with the /auth body, the same family, a new rti', async () => {
    const first = await loginDirector(api.url)
    const res = await refresh(first.refresh_token)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(shapeDiff(seed.authAdmin, body, ['$.data.employees'])).toEqual([])
    const a = decodeJwt(first.refresh_token)
    const b = decodeJwt(body.data.refresh_token)
    expect(b.rtp).toBe(a.rtp)
    expect(b.rti).not.toBe(a.rti)
    // The new access token works.
    const list = await fetch(`${api.url}/employee/list`, { headers: bearer(body.data.access_token) })
    expect(list.status).toBe(200)
  })

  it('returns the same successor pair for a reuse within 10 s (two tabs)', async () => {
    const { refresh_token } = await loginDirector(api.url)
    const [x, y] = await Promise.all([refresh(refresh_token), refresh(refresh_token)])
    expect([x.status, y.status]).toEqual([200, 200])
    const [bx, by] = [await x.json(), await y.json()]
    expect(by.data.refresh_token).toBe(bx.data.refresh_token)
    expect(by.data.access_token).toBe(bx.data.access_token)
  })

  it('treats a later reuse as theft: 401 and the whole family is revoked', async () => {
    const { refresh_token } = await loginDirector(api.url)
    const next = (await (await refresh(refresh_token)).json()).data.refresh_token as string
    // Age the retirement past the reuse window instead of sleeping 10 s.
    const rti = Number(decodeJwt(refresh_token).rti)
    await api.app.db
      .updateTable('refresh_tokens')
      .set({ retired_at: new Date(Date.now() - 11_000).toISOString() })
      .where('id', '=', rti)
      .execute()
    const stolen = await refresh(refresh_token)
    expect(stolen.status).toBe(401)
    // The legitimate successor is revoked too.
    expect((await refresh(next)).status).toBe(401)
  })

  it('answers 401 for an access token, a forged token and no token', async () => {
    const { access_token, refresh_token } = await loginDirector(api.url)
    expect((await refresh(access_token)).status).toBe(401)
    const [h, p] = refresh_token.split('.')
    expect((await refresh(`${h}.${p}.AAAA`)).status).toBe(401)
    expect((await fetch(`${api.url}/refresh_token`, { method: 'POST' })).status).toBe(401)
  })
})
