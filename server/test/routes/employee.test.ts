import { beforeAll, describe, expect, it } from 'vitest'
import * as seed from '../fixtures/seed-examples.js'
import { bearer, DEMO_IIN, fileApi, loginDirector, loginEmployee, startApi } from '../helper.js'
import { shapeDiff } from '../shape.js'

const api = fileApi()
let director: string
beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
})

const list = (token: string) => fetch(`${api.url}/employee/list`, { headers: bearer(token) })
const del = (token: string, id: number | string) =>
  fetch(`${api.url}/employee/delete/${id}`, { method: 'DELETE', headers: bearer(token) })

describe('GET /employee/list', () => {
  it("lists the company's employees as the seed shows", async () => {
    const res = await list(director)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(shapeDiff(seed.employeeList, body)).toEqual([])
    expect(body.data.employees).toEqual(seed.employeeList.data.employees)
  })

  it('answers 403 to an employee and 401 without a token', async () => {
    const employee = await loginEmployee(api.url)
    expect((await list(employee.access_token)).status).toBe(403)
    const res = await fetch(`${api.url}/employee/list`)
    expect(res.status).toBe(401)
    expect((await res.json()).data.code).toBe(401)
  })

  it("does not show another company's employees", async () => {
    const other = await loginDirector(api.url, DEMO_IIN)
    const ids = (await (await list(other.access_token)).json()).data.employees.map((e: { id: number }) => e.id)
    expect(ids).toEqual([21])
  })
})

describe('DELETE /employee/delete/{id}', () => {
  it('deletes an employee and kills their access and refresh tokens at once', async () => {
    const victim = await loginEmployee(api.url, { mobile: '87010000042', firstName: 'Удаляемый' })
    const id =
      victim.body.data.employees?.[0]?.id ??
      (await (await list(director)).json()).data.employees.find(
        (e: { first_name: string }) => e.first_name === 'Удаляемый',
      ).id
    const res = await del(director, id)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(shapeDiff(seed.employeeDelete, body)).toEqual([])
    expect(body.data.message).toBe('User successfully deleted.')

    const reports = await fetch(`${api.url}/reports/general/filter/null/null/null`, {
      headers: bearer(victim.access_token),
    })
    expect(reports.status).toBe(401)
    const refreshed = await fetch(`${api.url}/refresh_token`, { method: 'POST', headers: bearer(victim.refresh_token) })
    expect(refreshed.status).toBe(401)
    const ids = (await (await list(director)).json()).data.employees.map((e: { id: number }) => e.id)
    expect(ids).not.toContain(id)
    // Deleting again: nothing left to delete.
    expect((await del(director, id)).status).toBe(404)
  })

  it("answers 404 for another company's employee and for an unknown id", async () => {
    expect((await del(director, 21)).status).toBe(404)
    expect((await del(director, 999_999)).status).toBe(404)
    // The director is not an employee.
    expect((await del(director, 10)).status).toBe(404)
  })

  it('answers 403 to an employee', async () => {
    const employee = await loginEmployee(api.url, { mobile: '87781231233', firstName: 'Валихан' })
    expect((await del(employee.access_token, 4)).status).toBe(403)
  })

  it('answers 422 for a non-numeric id', async () => {
    const res = await del(director, 'abc')
    expect(res.status).toBe(422)
    expect((await res.json()).data.errors).toHaveProperty('id')
  })
})

describe('ACCESS_TOKEN_TTL', () => {
  it('expires access tokens after the configured lifetime', async () => {
    // Long enough for the first call to come in time on a busy machine; then wait until the token's own exp.
    const short = await startApi({ accessTokenTtl: 4 })
    try {
      const { access_token } = await loginDirector(short.url)
      expect((await fetch(`${short.url}/employee/list`, { headers: bearer(access_token) })).status).toBe(200)
      const { exp } = JSON.parse(Buffer.from(access_token.split('.')[1]!, 'base64url').toString()) as { exp: number }
      await new Promise((r) => setTimeout(r, Math.max(0, exp * 1000 - Date.now()) + 1100))
      const res = await fetch(`${short.url}/employee/list`, { headers: bearer(access_token) })
      expect(res.status).toBe(401)
    } finally {
      await short.close()
    }
  })
})
