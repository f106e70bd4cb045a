import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** scrypt password hashes for 1C reviewer accounts: `scrypt$N$r$p$salt$hash` (base64url). */
const N = 16384,
  R = 8,
  P = 1,
  KEYLEN = 32

/**
 * At most this many hashes run at once per process; the rest wait their turn. scrypt runs on
 * libuv's 4 worker threads, which file I/O shares: a burst of wrong passwords must not take them all.
 */
export const MAX_PARALLEL_HASHES = 2
let running = 0
const waiting: Array<() => void> = []

/** Runs `task` in one of the MAX_PARALLEL_HASHES slots (first come, first served). */
export async function inHashSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running < MAX_PARALLEL_HASHES) running++
  else await new Promise<void>((resolve) => waiting.push(resolve)) // the slot is handed over as is
  try {
    return await task()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return inHashSlot(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password, salt, KEYLEN, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  )
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scryptAsync(password, salt, N, R, P)
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$')
}

let dummy: Promise<string> | undefined
/** A hash of a random password, made once: unknown logins are checked against it, so they cost the same time. */
export const dummyPasswordHash = () => (dummy ??= hashPassword(randomBytes(16).toString('base64url')))

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$')
  if (alg !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p))
  return key.length === expected.length && timingSafeEqual(key, expected)
}
