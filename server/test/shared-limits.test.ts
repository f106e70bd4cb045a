import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, DEMO_BIN, DEMO_IIN, readOtp, startApi, type StartedApi } from './helper.js'
import { EMAILS, failOnce, freshCode, requestCode, tryCode } from './sign-in-client.js'
import { spawnApiBeside, type SpawnedApi } from './spawn-api.js'

// Two API processes on one database: this test's own server and `npm run api` started beside it.
let a: StartedApi
let b: SpawnedApi
beforeAll(async () => {
  a = await startApi()
  b = await spawnApiBeside(a, { DEV_MAILBOX: '1', LOG_LEVEL: 'debug' })
})
afterAll(async () => {
  await b?.stop()
  await a?.close()
})

describe('two API processes on one database', () => {
  it('share the failed-code budget of a BIN/IIN', async () => {
    for (let i = 0; i < 5; i++) expect(await failOnce(a.url, DEMO_IIN)).toBe(401)
    for (let i = 0; i < 5; i++) expect(await failOnce(b.url, DEMO_IIN)).toBe(401)
    const { uuid, code } = await freshCode(b.url, DEMO_IIN)
    expect((await tryCode(a.url, DEMO_IIN, uuid, code)).status).toBe(429)
    expect((await tryCode(b.url, DEMO_IIN, uuid, code)).status).toBe(429)
  })

  it('share the letter budget of a BIN/IIN, even when 40 requests race on both at once', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => requestCode(i % 2 ? a.url : b.url, DEMO_BIN).then((r) => r.status)),
    )
    const sent = statuses.filter((s) => s === 200).length
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([])
    expect(sent).toBeGreaterThan(0)
    expect(sent).toBeLessThanOrEqual(30)
    const box = await (await fetch(`${a.url}/dev/outbox?to=${EMAILS[DEMO_BIN]}&limit=200`)).json()
    expect(box.data.messages).toHaveLength(sent)
    // Top the budget up to exactly 30 one by one, then both refuse.
    for (let i = sent; i < 30; i++) expect((await requestCode(i % 2 ? a.url : b.url, DEMO_BIN)).status).toBe(200)
    expect((await requestCode(a.url, DEMO_BIN)).status).toBe(429)
    expect((await requestCode(b.url, DEMO_BIN)).status).toBe(429)
  })

  it('share the 1C lock', async () => {
    const as = (url: string, password: string) =>
      fetch(`${url}/1c/me`, {
        headers: { authorization: `Basic ${Buffer.from(`reviewer_2:${password}`).toString('base64')}` },
      })
    for (let i = 0; i < 10; i++) expect((await as(i % 2 ? a.url : b.url, 'wrong')).status).toBe(401)
    expect((await as(a.url, 'pass_2')).status).toBe(429)
    expect((await as(b.url, 'pass_2')).status).toBe(429)
  })

  it('see a logout made on the other one', async () => {
    // DEMO_BIN's letters are spent above: sign in as an employee of the second company.
    const uuid = crypto.randomUUID()
    const body = { uuid, role_id: 2, mobile: '87015550000', first_name: 'Аружан' }
    expect((await requestCode(b.url, DEMO_IIN, body)).status).toBe(200)
    await a.app.db.deleteFrom('limit_events').where('kind', '=', 'auth_fail').execute() // the first test locked it
    const res = await tryCode(b.url, DEMO_IIN, uuid, await readOtp(a.url, EMAILS[DEMO_IIN]))
    expect(res.status).toBe(200)
    const { access_token, refresh_token } = (await res.json()).data
    expect((await fetch(`${a.url}/logout`, { method: 'POST', headers: bearer(access_token) })).status).toBe(200)
    const reports = await fetch(`${b.url}/reports/general/filter`, { headers: bearer(access_token) })
    expect(reports.status).toBe(401)
    expect((await fetch(`${b.url}/refresh_token`, { method: 'POST', headers: bearer(refresh_token) })).status).toBe(401)

    // Nothing of that sign-in reached the log: not the letter (its code), not a token.
    const log = b.output()
    expect(log).toContain('incoming request') // the debug log is on
    expect(log).not.toContain('Код для входа')
    expect(log).not.toContain(access_token)
    expect(log).not.toContain(refresh_token)
    expect(log).not.toMatch(/authorization/i)
  })
})
