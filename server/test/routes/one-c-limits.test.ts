import { afterEach, describe, expect, it } from 'vitest'
import { basic1C, startApi, type StartedApi } from '../helper.js'

let api: StartedApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const me = (a: StartedApi, login: string, password: string) =>
  fetch(`${a.url}/1c/me`, { headers: { authorization: basic1C(login, password) } })

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

describe('1C Basic: failed passwords per login (LOGIN_FAILS_1C = 10 in 15 minutes)', () => {
  it('locks the login after 10 wrong passwords, even for the right password it remembers; other logins work', async () => {
    const a = (api = await startApi())
    expect((await me(a, 'admin_1C', 'pass_1C')).status).toBe(200) // now remembered (60 s cache)
    for (let i = 0; i < 10; i++) expect((await me(a, 'admin_1C', `wrong-${i}`)).status, `try ${i + 1}`).toBe(401)
    for (const password of ['pass_1C', 'wrong-again']) {
      const res = await me(a, 'admin_1C', password)
      expect(res.status, password).toBe(429)
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(14 * 60)
      expect((await res.json()).data.message).toMatch(/locked.*1C login/)
    }
    // The lock holds for every 1C endpoint, not only the sign-in check.
    const queue = await fetch(`${a.url}/1c/reports`, { headers: { authorization: basic1C('admin_1C', 'pass_1C') } })
    expect(queue.status).toBe(429)
    expect((await me(a, 'reviewer_2', 'pass_2')).status).toBe(200)
  })

  it('locks unknown logins the same way (no answer tells them apart)', async () => {
    const a = (api = await startApi())
    for (let i = 0; i < 10; i++) expect((await me(a, 'nobody', `x${i}`)).status).toBe(401)
    expect((await me(a, 'nobody', 'x')).status).toBe(429)
  })

  it('costs the same time for an unknown login as for a known one (median of 20 tries each)', async () => {
    const a = (api = await startApi({ loginFails1C: 0 }))
    await me(a, 'admin_1C', 'warm-up')
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 20; i++) {
      for (const [login, out] of [
        ['admin_1C', known],
        [`ghost-${i}`, unknown],
      ] as const) {
        const t0 = performance.now()
        const res = await me(a, login, 'not-the-password')
        out.push(performance.now() - t0)
        expect(res.status).toBe(401)
      }
    }
    // Without the dummy hash an unknown login answers ~30× faster than a known one; the bounds leave
    // room for a loaded machine (tries are interleaved, so a slow spell hits both sides alike).
    const ratio = median(unknown) / median(known)
    const seen = `known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms`
    expect(ratio, seen).toBeGreaterThan(1 / 3)
    expect(ratio, seen).toBeLessThan(3)
  })
})
