import { describe, expect, it } from 'vitest'
import { basic1C, bearer, fileApi, loginDirector } from './helper.js'
import { decodeQrPng } from './lib/qr-decode.js'

const GUIDS = ['4cac2fb0-3cc2-11ea-8db2-1831bf7dd028', '9e1f0a11-5b6d-11ee-9405-005056aaa4ae'] // one per demo company

const api = fileApi()

const qr = (guid: string, headers: Record<string, string> = { authorization: basic1C() }) =>
  fetch(`${api.url}/vehicle/qr/${guid}`, { headers })

describe('GET /vehicle/qr/{vehicle_guid}', () => {
  it('returns a PNG whose QR code decodes back to exactly the guid', async () => {
    for (const guid of GUIDS) {
      const res = await qr(guid)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(decodeQrPng(Buffer.from(await res.arrayBuffer()))).toBe(guid)
    }
  })

  it('answers 404 (envelope) for an unknown guid', async () => {
    const res = await qr('00000000-0000-0000-0000-000000000000')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ status: 'error', data: { message: 'Vehicle not found.', code: 404 } })
  })

  it('asks a browser for 1C credentials (401 + WWW-Authenticate), and refuses a client Bearer token', async () => {
    const none = await qr(GUIDS[0]!, {})
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
    const wrong = await qr(GUIDS[0]!, { authorization: basic1C('admin_1C', 'nope') })
    expect(wrong.status).toBe(401)
    const director = (await loginDirector(api.url)).access_token
    expect((await qr(GUIDS[0]!, bearer(director))).status).toBe(401)
  })
})
