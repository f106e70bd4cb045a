import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { bearer, fileApi, loginDirector } from './helper.js'

const IMAGES = path.resolve(import.meta.dirname, '../seed/images')
const TYPES = [
  'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
  'b71ea040-1664-11ea-8dad-1831bf7dd029',
  'b71ea01f-1664-11ea-8dad-1831bf7dd029',
]

const api = fileApi()

const image = (code: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/images/${code}/image.png`, { headers })

describe('GET /images/{vehicle_type_code}/image.png', () => {
  it("serves each seeded type's own picture without auth, cacheable", async () => {
    const seen = new Set<string>()
    for (const code of TYPES) {
      const res = await image(code)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/)
      const body = Buffer.from(await res.arrayBuffer())
      expect(body.equals(readFileSync(path.join(IMAGES, `${code}.png`)))).toBe(true)
      expect(body.length).toBeLessThanOrEqual(30 * 1024)
      expect(PNG.sync.read(body).width).toBeGreaterThan(0)
      seen.add(res.headers.get('etag')!)
    }
    expect(seen.size).toBe(TYPES.length) // three different pictures
  })

  it('serves the neutral picture for an unknown type', async () => {
    const res = await image('unknown-type')
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(IMAGES, 'default.png')))).toBe(true)
  })

  it('answers 304 to If-None-Match', async () => {
    const etag = (await image(TYPES[0]!)).headers.get('etag')!
    expect((await image(TYPES[0]!, { 'if-none-match': etag })).status).toBe(304)
  })

  it("is where the vehicle's image_path points", async () => {
    const director = (await loginDirector(api.url)).access_token
    const res = await fetch(`${api.url}/reports/vehicle/select/4cac2fb0-3cc2-11ea-8db2-1831bf7dd028`, {
      headers: bearer(director),
    })
    const imagePath = ((await res.json()) as any).data.info.this.image_path as string
    const img = await fetch(imagePath)
    expect(img.status).toBe(200)
    expect(Buffer.from(await img.arrayBuffer()).equals(readFileSync(path.join(IMAGES, `${TYPES[0]}.png`)))).toBe(true)
  })
})
