import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'

let cached: string | undefined

/**
 * NEXTAUTH_SECRET from the environment, else one generated once and kept in ./data/nextauth-secret
 * (the same file the launcher scripts use), so sessions survive restarts.
 */
export function getNextAuthSecret(): string {
  if (cached) return cached
  if (process.env.NEXTAUTH_SECRET) return (cached = process.env.NEXTAUTH_SECRET)
  const dir = join(process.cwd(), 'data')
  const file = join(dir, 'nextauth-secret')
  if (existsSync(file)) return (cached = readFileSync(file, 'utf8').trim())
  mkdirSync(dir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, secret, { mode: 0o600 })
  return (cached = secret)
}
