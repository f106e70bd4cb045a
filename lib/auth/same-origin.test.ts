import { afterEach, describe, expect, it } from 'vitest'
import { isCrossSite, refuseCrossSite } from './same-origin'

const h = (init: Record<string, string>) => new Headers(init)
const portal = { host: 'portal.example.kz' }

describe('isCrossSite', () => {
  const saved = process.env.NEXTAUTH_URL
  afterEach(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_URL
    else process.env.NEXTAUTH_URL = saved
  })

  it('trusts the browser’s Sec-Fetch-Site: only same-origin passes', () => {
    expect(isCrossSite(h({ ...portal, 'sec-fetch-site': 'same-origin' }))).toBe(false)
    for (const site of ['cross-site', 'same-site', 'none'])
      expect(isCrossSite(h({ ...portal, 'sec-fetch-site': site, origin: 'https://portal.example.kz' })), site).toBe(
        true,
      )
  })

  it('otherwise compares Origin with the host the request was sent to', () => {
    expect(isCrossSite(h({ ...portal, origin: 'https://portal.example.kz' }))).toBe(false)
    expect(isCrossSite(h({ ...portal, origin: 'https://evil.example' }))).toBe(true)
    expect(isCrossSite(h({ ...portal, origin: 'https://portal.example.kz.evil.example' }))).toBe(true)
    expect(isCrossSite(h({ ...portal, origin: 'null' }))).toBe(true)
    expect(isCrossSite(h({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).toBe(false)
  })

  it('accepts the public address of NEXTAUTH_URL behind a proxy that rewrites Host', () => {
    process.env.NEXTAUTH_URL = 'https://portal.example.kz'
    expect(isCrossSite(h({ host: '127.0.0.1:3000', origin: 'https://portal.example.kz' }))).toBe(false)
    expect(isCrossSite(h({ host: '127.0.0.1:3000', origin: 'https://evil.example' }))).toBe(true)
  })

  it('lets a request without either header through (not a browser: no forgery possible)', () => {
    expect(isCrossSite(h(portal))).toBe(false)
  })

  it('route handlers answer 403 with a message', async () => {
    const req = new Request('http://portal.example.kz/api/reports/upload', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    })
    const res = refuseCrossSite(req)!
    expect(res.status).toBe(403)
    expect((await res.json()).message).toMatch(/другого сайта/)
  })
})
