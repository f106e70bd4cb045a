import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, DEMO_BIN, loginDirector, loginEmployee, startApi, type StartedApi } from '../helper.js'

let api: StartedApi
beforeAll(async () => {
  api = await startApi({ otpResendInterval: 1 })
})
afterAll(async () => {
  await api?.close()
})

const logout = (token?: string) => fetch(`${api.url}/logout`, { method: 'POST', headers: token ? bearer(token) : {} })
const refresh = (token: string) => fetch(`${api.url}/refresh_token`, { method: 'POST', headers: bearer(token) })
const employees = (token: string) => fetch(`${api.url}/employee/list`, { headers: bearer(token) })

describe('POST /logout', () => {
  it('ends the session at once: its access and refresh tokens answer 401', async () => {
    const s = await loginDirector(api.url)
    const res = await logout(s.access_token)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', data: { message: 'Logged out.', code: 200 } })
    expect((await employees(s.access_token)).status).toBe(401)
    expect((await refresh(s.refresh_token)).status).toBe(401)
    expect((await logout(s.access_token)).status).toBe(401)
  })

  it('also kills the tokens a refresh produced before the logout', async () => {
    const s = await loginDirector(api.url)
    const next = (await (await refresh(s.refresh_token)).json()).data
    expect((await logout(next.access_token)).status).toBe(200)
    for (const t of [s.access_token, next.access_token]) expect((await employees(t)).status).toBe(401)
    expect((await refresh(next.refresh_token)).status).toBe(401)
  })

  it("leaves the user's other devices signed in, and the same device can sign in again", async () => {
    const phone = await loginDirector(api.url)
    const laptop = await loginDirector(api.url)
    expect((await logout(laptop.access_token)).status).toBe(200)
    expect((await employees(phone.access_token)).status).toBe(200)
    expect((await refresh(phone.refresh_token)).status).toBe(200)

    await new Promise((r) => setTimeout(r, 1100)) // one code a second per device here
    const again = await loginDirector(api.url, DEMO_BIN, laptop.uuid)
    expect((await employees(again.access_token)).status).toBe(200)
    expect((await refresh(again.refresh_token)).status).toBe(200)
    expect((await employees(laptop.access_token)).status).toBe(401)
  })

  it('works for an employee too', async () => {
    const s = await loginEmployee(api.url)
    expect((await logout(s.access_token)).status).toBe(200)
    const reports = await fetch(`${api.url}/reports/general/filter`, { headers: bearer(s.access_token) })
    expect(reports.status).toBe(401)
  })

  it('answers 401 without a token, with a refresh token, or with a forged one', async () => {
    expect((await logout()).status).toBe(401)
    const s = await loginDirector(api.url)
    expect((await logout(s.refresh_token)).status).toBe(401)
    const [h, p] = s.access_token.split('.')
    expect((await logout(`${h}.${p}.AAAA`)).status).toBe(401)
    expect((await employees(s.access_token)).status).toBe(200)
  })

  it('is described in /openapi.json', async () => {
    const doc = await (await fetch(`${api.url}/openapi.json`)).json()
    expect(doc.paths['/logout'].post).toMatchObject({ tags: ['auth'], security: [{ bearer: [] }] })
  })
})
