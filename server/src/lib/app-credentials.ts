import { parseBasic } from './basic-auth.js'

const LOGIN_RE = /^(\d{12})(?:\|\||-)(.+)$/

/** Base64-decoded text when `s` is valid base64 of printable text, else null. */
function unbase64(s: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return null
  const out = Buffer.from(s, 'base64').toString('utf8')
  return /^[\x20-\x7e]+$/.test(out) ? out : null
}

/**
 * The /auth Basic credentials: login `{BIIN}-{uuid}`, password = OTP. Also the seed's tolerant forms:
 * login and/or password base64-encoded inside the Basic value, and `||` instead of `-`.
 */
export function parseAppCredentials(header: string | undefined): { biin: string; uuid: string; code: string } | null {
  const basic = parseBasic(header)
  if (!basic) return null
  let { login, password } = basic
  if (!LOGIN_RE.test(login)) {
    const decoded = unbase64(login)
    if (decoded && LOGIN_RE.test(decoded)) login = decoded
  }
  if (!/^\d{4}$/.test(password)) {
    const decoded = unbase64(password)
    if (decoded && /^\d{4}$/.test(decoded)) password = decoded
  }
  const m = LOGIN_RE.exec(login)
  if (!m) return null
  return { biin: m[1]!, uuid: m[2]!, code: password }
}
