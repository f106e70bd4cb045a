import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, DEMO_IIN, fileApi, loginDirector, loginEmployee } from './helper.js'

const api = fileApi()
let director: string
beforeAll(async () => {
  director = (await loginDirector(api.url)).access_token
})

const get = (token: string) => fetch(`${api.url}/company/settings`, { headers: bearer(token) })
const put = (token: string, body: unknown, type = 'application/json') =>
  fetch(`${api.url}/company/settings`, {
    method: 'PUT',
    headers: { ...bearer(token), 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
const settingsOf = async (token: string) => {
  const { data } = await (await get(token)).json()
  return { reminders: data.reminders, reminder_days_before: data.reminder_days_before }
}

describe('GET/PUT /company/settings', () => {
  it('starts at the defaults: reminders on, 3 days before; any signed-in user of the company may read them', async () => {
    const res = await get(director)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      status: 'ok',
      data: { message: 'success', code: 200, reminders: true, reminder_days_before: 3 },
    })
    const employee = await loginEmployee(api.url)
    expect(await settingsOf(employee.access_token)).toEqual({ reminders: true, reminder_days_before: 3 })
    expect((await fetch(`${api.url}/company/settings`)).status).toBe(401)
  })

  it('the director changes them; they hold for the company only', async () => {
    const res = await put(director, { reminders: false, reminder_days_before: 14 })
    expect(res.status).toBe(200)
    expect((await res.json()).data).toMatchObject({ reminders: false, reminder_days_before: 14 })
    expect(await settingsOf(director)).toEqual({ reminders: false, reminder_days_before: 14 })
    const other = await loginDirector(api.url, DEMO_IIN)
    expect(await settingsOf(other.access_token)).toEqual({ reminders: true, reminder_days_before: 3 })
    expect((await put(director, { reminders: true, reminder_days_before: 1 })).status).toBe(200)
    expect(await settingsOf(director)).toEqual({ reminders: true, reminder_days_before: 1 })
  })

  it('an employee may not change them (403), and nothing changes', async () => {
    const employee = await loginEmployee(api.url)
    const res = await put(employee.access_token, { reminders: false, reminder_days_before: 5 })
    expect(res.status).toBe(403)
    expect((await res.json()).status).toBe('error')
    expect(await settingsOf(director)).toEqual({ reminders: true, reminder_days_before: 1 })
  })

  it('refuses bad values with a 422 naming the field, and changes nothing', async () => {
    const cases: [unknown, string][] = [
      [{ reminders: true, reminder_days_before: 0 }, 'reminder_days_before'],
      [{ reminders: true, reminder_days_before: 15 }, 'reminder_days_before'],
      [{ reminders: true, reminder_days_before: 2.5 }, 'reminder_days_before'],
      [{ reminders: true, reminder_days_before: '3' }, 'reminder_days_before'],
      [{ reminders: true }, 'reminder_days_before'],
      [{ reminders: 'yes', reminder_days_before: 3 }, 'reminders'],
      [{ reminder_days_before: 3 }, 'reminders'],
    ]
    for (const [body, field] of cases) {
      const res = await put(director, body)
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect((await res.json()).data.errors).toHaveProperty(field)
    }
    expect((await put(director, '{"reminders":')).status).toBe(400)
    expect(await settingsOf(director)).toEqual({ reminders: true, reminder_days_before: 1 })
  })
})
