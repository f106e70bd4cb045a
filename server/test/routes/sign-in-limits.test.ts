import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppConfig } from '../../src/config.js'
import { bearer, DEMO_BIN, DEMO_IIN, loginDirector, readOtp, startApi, type StartedApi } from '../helper.js'
import { EMAILS, failOnce, freshCode, requestCode, retryAfter, tryCode, wrongCode } from '../sign-in-client.js'

let api: StartedApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})
const start = async (overrides: Partial<AppConfig> = {}) => (api = await startApi(overrides))

/** Moves the counted events of `kind` for `subject` back in time, as if `minutes` had passed. */
async function age(a: StartedApi, kind: 'auth_fail' | 'letter', subject: string, minutes: number) {
  const rows = await a.app.db
    .selectFrom('limit_events')
    .select(['id', 'created_at'])
    .where('kind', '=', kind)
    .where('subject', '=', subject)
    .execute()
  for (const r of rows) {
    const older = new Date(Date.parse(r.created_at) - minutes * 60_000).toISOString()
    await a.app.db.updateTable('limit_events').set({ created_at: older }).where('id', '=', r.id).execute()
  }
}

describe('failed /auth per BIN/IIN (AUTH_FAILS_PER_BIIN = 10 in 15 minutes)', () => {
  it('refuses the guessing script (a new device uuid and code for every guess) after 10 misses, even the right code', async () => {
    const a = await start()
    for (let i = 0; i < 10; i++) {
      const { uuid, code } = await freshCode(a.url, DEMO_IIN)
      expect((await tryCode(a.url, DEMO_IIN, uuid, wrongCode(code))).status, `guess ${i + 1}`).toBe(401)
    }
    const { uuid, code } = await freshCode(a.url, DEMO_IIN)
    const right = await tryCode(a.url, DEMO_IIN, uuid, code)
    expect(right.status).toBe(429)
    expect(retryAfter(right)).toBeGreaterThan(14 * 60)
    expect(retryAfter(right)).toBeLessThanOrEqual(15 * 60)
    const body = await right.json()
    expect(body).toEqual({ status: 'error', data: { code: 429, message: expect.stringMatching(/locked.*BIN\/IIN/) } })

    // Another company is not affected.
    expect((await loginDirector(a.url, DEMO_BIN)).access_token).toBeTruthy()
  })

  it('opens again when the 15-minute window has passed; refusals do not prolong it', async () => {
    const a = await start()
    for (let i = 0; i < 10; i++) expect(await failOnce(a.url, DEMO_IIN)).toBe(401)
    for (let i = 0; i < 5; i++) expect(await failOnce(a.url, DEMO_IIN)).toBe(429)
    const counted = await a.app.db
      .selectFrom('limit_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('subject', '=', DEMO_IIN)
      .executeTakeFirstOrThrow()
    expect(Number(counted.n)).toBe(10)
    await age(a, 'auth_fail', DEMO_IIN, 16)
    const { uuid, code } = await freshCode(a.url, DEMO_IIN)
    expect((await tryCode(a.url, DEMO_IIN, uuid, code)).status).toBe(200)
  })

  it('a lock stops new sign-ins only: an open session keeps refreshing and working', async () => {
    const a = await start()
    const open = await loginDirector(a.url, DEMO_IIN)
    for (let i = 0; i < 10; i++) await failOnce(a.url, DEMO_IIN)
    expect(await failOnce(a.url, DEMO_IIN)).toBe(429)
    const refreshed = await fetch(`${a.url}/refresh_token`, { method: 'POST', headers: bearer(open.refresh_token) })
    expect(refreshed.status).toBe(200)
    const { access_token } = (await refreshed.json()).data
    expect((await fetch(`${a.url}/employee/list`, { headers: bearer(access_token) })).status).toBe(200)
  })

  it('counts 30 failures a day (AUTH_FAILS_PER_BIIN_DAY) across 15-minute windows', async () => {
    const a = await start()
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10; i++) expect(await failOnce(a.url, DEMO_IIN)).toBe(401)
      await age(a, 'auth_fail', DEMO_IIN, 20)
    }
    const { uuid, code } = await freshCode(a.url, DEMO_IIN)
    const right = await tryCode(a.url, DEMO_IIN, uuid, code)
    expect(right.status).toBe(429)
    // The oldest failure is an hour old: the day window frees up in about 23 hours.
    expect(retryAfter(right)).toBeGreaterThan(22 * 3600)
    expect(retryAfter(right)).toBeLessThanOrEqual(24 * 3600)
  })

  it('0 turns the limits off', async () => {
    const a = await start({ authFailsPerBiin: 0, authFailsPerBiinDay: 0, authFailsPerIp: 0 })
    for (let i = 0; i < 35; i++) expect(await failOnce(a.url, DEMO_IIN)).toBe(401)
    const { uuid, code } = await freshCode(a.url, DEMO_IIN)
    expect((await tryCode(a.url, DEMO_IIN, uuid, code)).status).toBe(200)
  })
})

describe('failed /auth per client IP (AUTH_FAILS_PER_IP = 30 in 15 minutes)', () => {
  it('locks the address that failed 30 times over any BIN/IIN; other addresses still sign in', async () => {
    const a = await start({ authFailsPerBiin: 0, authFailsPerBiinDay: 0 })
    const attacker = '198.51.100.7'
    for (let i = 0; i < 30; i++) expect(await failOnce(a.url, i % 2 ? DEMO_BIN : DEMO_IIN, attacker)).toBe(401)
    const { uuid, code } = await freshCode(a.url, DEMO_BIN, attacker)
    const refused = await tryCode(a.url, DEMO_BIN, uuid, code, attacker)
    expect(refused.status).toBe(429)
    expect((await refused.json()).data.message).toMatch(/locked for your address/)

    const other = await freshCode(a.url, DEMO_BIN, '198.51.100.8')
    expect((await tryCode(a.url, DEMO_BIN, other.uuid, other.code, '198.51.100.8')).status).toBe(200)
  })

  it('believes X-Forwarded-For only from a trusted proxy (TRUST_PROXY)', async () => {
    const a = await start({ authFailsPerBiin: 0, authFailsPerBiinDay: 0, trustProxy: false })
    // A client that names a new address on every try is still one address.
    for (let i = 0; i < 30; i++) expect(await failOnce(a.url, DEMO_IIN, `203.0.113.${i}`)).toBe(401)
    expect(await failOnce(a.url, DEMO_IIN, '203.0.113.200')).toBe(429)
  })
})

describe('OTP letters (LETTERS_PER_BIIN = 30, LETTERS_PER_IP = 60 per hour)', () => {
  it('sends 30 letters an hour to one company, then 429 with Retry-After; another company still gets its code', async () => {
    const a = await start()
    for (let i = 0; i < 30; i++) expect((await requestCode(a.url, DEMO_IIN)).status, `letter ${i + 1}`).toBe(200)
    const refused = await requestCode(a.url, DEMO_IIN)
    expect(refused.status).toBe(429)
    expect(retryAfter(refused)).toBeGreaterThan(3500)
    expect(retryAfter(refused)).toBeLessThanOrEqual(3600)
    expect((await refused.json()).data.message).toMatch(/Too many codes.*BIN\/IIN/)
    const box = await (await fetch(`${a.url}/dev/outbox?to=${EMAILS[DEMO_IIN]}&limit=200`)).json()
    expect(box.data.messages).toHaveLength(30)
    expect((await requestCode(a.url, DEMO_BIN)).status).toBe(200)

    await age(a, 'letter', DEMO_IIN, 61)
    expect((await requestCode(a.url, DEMO_IIN)).status).toBe(200)
  })

  it('sends 60 letters an hour from one address, then 429; another address is not affected', async () => {
    const a = await start({ lettersPerBiin: 0 })
    const flood = '198.51.100.20'
    for (let i = 0; i < 60; i++)
      expect((await requestCode(a.url, i % 2 ? DEMO_BIN : DEMO_IIN, {}, flood)).status).toBe(200)
    const refused = await requestCode(a.url, DEMO_BIN, {}, flood)
    expect(refused.status).toBe(429)
    expect((await refused.json()).data.message).toMatch(/from your address/)
    expect((await requestCode(a.url, DEMO_BIN, {}, '198.51.100.21')).status).toBe(200)
  })

  it('a new code for the same device retires the older one', async () => {
    const a = await start({ otpResendInterval: 1 })
    const uuid = randomUUID()
    expect((await requestCode(a.url, DEMO_BIN, { uuid })).status).toBe(200)
    const first = await readOtp(a.url, EMAILS[DEMO_BIN])
    let second = first
    // Codes are random: ask again until the new one differs, so the old one can be told apart.
    for (let i = 0; i < 5 && second === first; i++) {
      await new Promise((r) => setTimeout(r, 1100))
      expect((await requestCode(a.url, DEMO_BIN, { uuid })).status).toBe(200)
      second = await readOtp(a.url, EMAILS[DEMO_BIN])
    }
    expect(second).not.toBe(first)
    expect((await tryCode(a.url, DEMO_BIN, uuid, first)).status).toBe(401)
    expect((await tryCode(a.url, DEMO_BIN, uuid, second)).status).toBe(200)
  })
})

describe('nothing changes before the code is verified', () => {
  const fcmOf = async (a: StartedApi, id: number) =>
    (await a.app.db.selectFrom('users').select('fcm').where('id', '=', id).executeTakeFirstOrThrow()).fcm
  const employees = (a: StartedApi) =>
    a.app.db.selectFrom('users').selectAll().where('role_id', '=', 2).orderBy('id').execute()

  it('/biin for role 2 without /auth creates nobody and changes no FCM', async () => {
    const a = await start()
    const before = await employees(a)
    const directorFcm = await fcmOf(a, 10)
    const ivan = before.find((u) => u.first_name === 'Иван')!
    const forged = { role_id: 2, mobile: '87770009999', first_name: 'Злоумышленник', FCM: 'attacker-token' }
    expect((await requestCode(a.url, DEMO_BIN, forged)).status).toBe(200)
    const known = { role_id: 2, mobile: ivan.mobile, first_name: 'Иван', FCM: 'attacker-token' }
    expect((await requestCode(a.url, DEMO_BIN, known)).status).toBe(200)
    expect((await requestCode(a.url, DEMO_BIN, { role_id: 1, FCM: 'attacker-token' })).status).toBe(200)

    expect(await employees(a)).toEqual(before)
    expect(await fcmOf(a, 10)).toBe(directorFcm)
    const list = await (
      await fetch(`${a.url}/employee/list`, { headers: bearer((await loginDirector(a.url)).access_token) })
    ).json()
    expect(list.data.employees.map((e: { first_name: string }) => e.first_name)).not.toContain('Злоумышленник')
  })

  it('a successful /auth creates the pending employee and stores the FCM', async () => {
    const a = await start()
    const uuid = randomUUID()
    const body = { uuid, role_id: 2, mobile: '87770001234', first_name: 'Дана', FCM: 'dana-phone' }
    expect((await requestCode(a.url, DEMO_BIN, body)).status).toBe(200)
    const res = await tryCode(a.url, DEMO_BIN, uuid, await readOtp(a.url, EMAILS[DEMO_BIN]))
    expect(res.status).toBe(200)
    expect((await res.json()).data).toMatchObject({ first_name: 'Дана', mobile: '87770001234', user_type: 'Сотрудник' })
    const dana = (await employees(a)).find((u) => u.first_name === 'Дана')!
    expect(dana).toMatchObject({ company_id: 71, mobile: '87770001234', fcm: 'dana-phone' })
  })

  it('a successful director /auth stores the FCM it was asked with; an empty FCM keeps the old one', async () => {
    const a = await start()
    const uuid = randomUUID()
    expect((await requestCode(a.url, DEMO_BIN, { uuid, FCM: 'director-phone' })).status).toBe(200)
    expect((await tryCode(a.url, DEMO_BIN, uuid, await readOtp(a.url, EMAILS[DEMO_BIN]))).status).toBe(200)
    expect(await fcmOf(a, 10)).toBe('director-phone')
    const web = randomUUID()
    expect((await requestCode(a.url, DEMO_BIN, { uuid: web, FCM: '' })).status).toBe(200)
    expect((await tryCode(a.url, DEMO_BIN, web, await readOtp(a.url, EMAILS[DEMO_BIN]))).status).toBe(200)
    expect(await fcmOf(a, 10)).toBe('director-phone')
  })
})
