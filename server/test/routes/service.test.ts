import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.js'
import { basic1C, DEMO_BIN, fileApi, startApi } from '../helper.js'

const api = fileApi()

describe('GET /health', () => {
  it('reports the database and the video store', async () => {
    const res = await fetch(`${api.url}/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok', storage: 'ok' })
  })
})

describe('GET /openapi.json', () => {
  it('describes every endpoint in OpenAPI 3.1', async () => {
    const doc = await (await fetch(`${api.url}/openapi.json`)).json()
    expect(doc.openapi).toBe('3.1.0')
    for (const p of [
      '/biin/{biin}',
      '/auth',
      '/refresh_token',
      '/employee/list',
      '/employee/delete/{id}',
      '/reports/general/filter/{status_code}/{date_range_code}/{vehicle_guid}',
      '/reports/vehicle/filter/{status_code}/{date_range_code}',
      '/reports/vehicle/select/{vehicle_guid}',
      '/1c/me',
      '/dev/outbox',
      '/health',
    ]) {
      expect(doc.paths, p).toHaveProperty([p])
    }
  })
})

describe('GET /dev/outbox', () => {
  it('lists letters newest first, filtered by recipient, with the code as the only 4-digit number', async () => {
    for (const uuid of ['dev-a', 'dev-b']) {
      await fetch(`${api.url}/biin/${DEMO_BIN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role_id: 1, uuid, FCM: 'x' }),
      })
    }
    const body = await (await fetch(`${api.url}/dev/outbox?to=email@mail.ru&limit=5`)).json()
    expect(body.status).toBe('ok')
    const msgs = body.data.messages
    expect(msgs.length).toBe(2)
    expect(msgs[0].created_at >= msgs[1].created_at).toBe(true)
    for (const m of msgs) {
      expect(Object.keys(m).sort()).toEqual(['created_at', 'subject', 'text', 'to'])
      expect(m.to).toBe('email@mail.ru')
      expect(m.text.match(/(?<!\d)\d{4}(?!\d)/g)).toHaveLength(1)
    }
    const none = await (await fetch(`${api.url}/dev/outbox?to=nobody@example.com`)).json()
    expect(none.data.messages).toEqual([])
  })

  it('does not exist when the dev mailbox is off (production)', async () => {
    const prod = await startApi({ devMailbox: false })
    try {
      const res = await fetch(`${prod.url}/dev/outbox`)
      expect(res.status).toBe(404)
      expect((await res.json()).status).toBe('error')
      // OTP requests still work (the letter would go by SMTP).
      const otp = await fetch(`${prod.url}/biin/${DEMO_BIN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role_id: 1, uuid: 'p', FCM: 'x' }),
      })
      expect(otp.status).toBe(200)
    } finally {
      await prod.close()
    }
  })
})

describe('GET /1c/me', () => {
  it('returns the reviewer behind the Basic credentials', async () => {
    const res = await fetch(`${api.url}/1c/me`, { headers: { authorization: basic1C() } })
    expect(res.status).toBe(200)
    expect((await res.json()).data).toEqual({
      message: 'success',
      code: 200,
      login: 'admin_1C',
      display_name: 'Администратор 1С',
    })
    const second = await (
      await fetch(`${api.url}/1c/me`, { headers: { authorization: basic1C('reviewer_2', 'pass_2') } })
    ).json()
    expect(second.data.display_name).toBe('Айгерим Касымова')
  })

  it('answers 401 with a Basic challenge for wrong or missing credentials', async () => {
    for (const headers of [{ authorization: basic1C('admin_1C', 'wrong') }, {} as Record<string, string>]) {
      const res = await fetch(`${api.url}/1c/me`, { headers })
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="ForteLeasing 1C"/)
      expect((await res.json()).data.code).toBe(401)
    }
  })
})

describe('error envelope', () => {
  it('answers unknown routes with the 404 envelope, never HTML', async () => {
    const res = await fetch(`${api.url}/no/such/route`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    expect(await res.json()).toEqual({ status: 'error', data: { message: expect.any(String), code: 404 } })
  })

  it('hides 5xx details behind the envelope', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'forte-err-'))
    const app = await buildApp({
      databaseUrl: `file:${dir}/db.sqlite`,
      videoDir: `${dir}/v`,
      logLevel: 'silent',
      seedDemo: false,
    })
    app.get('/boom', async () => {
      throw new Error('secret stack detail')
    })
    try {
      const res = await app.inject({ url: '/boom' })
      expect(res.statusCode).toBe(500)
      expect(res.json()).toEqual({ status: 'error', data: { message: 'Internal server error.', code: 500 } })
      expect(res.body).not.toContain('secret')
    } finally {
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
