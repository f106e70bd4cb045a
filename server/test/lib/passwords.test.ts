import { describe, expect, it } from 'vitest'
import { hashPassword, inHashSlot, MAX_PARALLEL_HASHES, verifyPassword } from '../../src/lib/passwords.js'

describe('password hashing', () => {
  it('runs at most 2 hashes at once; the others wait their turn, in order', async () => {
    let running = 0
    let most = 0
    const order: number[] = []
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        inHashSlot(async () => {
          running++
          most = Math.max(most, running)
          await new Promise((r) => setTimeout(r, 5))
          running--
          order.push(i)
        }),
      ),
    )
    expect(MAX_PARALLEL_HASHES).toBe(2)
    expect(most).toBe(2)
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('a failing task frees its slot', async () => {
    await expect(Promise.all([1, 2, 3].map(() => inHashSlot(() => Promise.reject(new Error('x')))))).rejects.toThrow()
    expect(await inHashSlot(async () => 'free')).toBe('free')
  })

  it('16 parallel checks still answer right and wrong correctly', async () => {
    const stored = await hashPassword('secret')
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => verifyPassword(i % 2 ? 'secret' : 'nope', stored)),
    )
    expect(results).toEqual(Array.from({ length: 16 }, (_, i) => i % 2 === 1))
  })
})
