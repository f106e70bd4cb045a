import { randomUUID } from 'node:crypto'
import { appBasic, readOtp } from './helper.js'

/**
 * The sign-in calls as a client (or an attacker) makes them, for the abuse-limit tests. `ip` sends
 * X-Forwarded-For, which the API believes from loopback (the portal's position): a test plays
 * several client addresses that way.
 */
export const EMAILS: Record<string, string> = { '200940026146': 'email@mail.ru', '790920300817': 'ip.demo@mail.kz' }

const ipHeader = (ip?: string): Record<string, string> => (ip ? { 'x-forwarded-for': ip } : {})

export function requestCode(
  url: string,
  biin: string,
  body: Record<string, unknown> = {},
  ip?: string,
): Promise<Response> {
  return fetch(`${url}/biin/${biin}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...ipHeader(ip) },
    body: JSON.stringify({ role_id: 1, uuid: randomUUID(), FCM: '', ...body }),
  })
}

export function tryCode(url: string, biin: string, uuid: string, code: string, ip?: string): Promise<Response> {
  return fetch(`${url}/auth`, {
    method: 'POST',
    headers: { authorization: appBasic(biin, uuid, code), ...ipHeader(ip) },
  })
}

/** A code that is not `code`. */
export const wrongCode = (code: string) => String((Number(code) + 1) % 10_000).padStart(4, '0')

/** Asks for a code for a fresh device and returns it with the device uuid. */
export async function freshCode(url: string, biin: string, ip?: string): Promise<{ uuid: string; code: string }> {
  const uuid = randomUUID()
  const res = await requestCode(url, biin, { uuid }, ip)
  if (res.status !== 200) throw new Error(`POST /biin/${biin} → ${res.status} ${await res.text()}`)
  return { uuid, code: await readOtp(url, EMAILS[biin]) }
}

/** One failed /auth for `biin` from `ip`: a random device that has no code. */
export async function failOnce(url: string, biin: string, ip?: string): Promise<number> {
  const res = await tryCode(url, biin, randomUUID(), '0000', ip)
  await res.body?.cancel()
  return res.status
}

export const retryAfter = (res: Response) => Number(res.headers.get('retry-after'))
