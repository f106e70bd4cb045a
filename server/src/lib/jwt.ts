import { createHmac, timingSafeEqual } from 'node:crypto'

/** Minimal HS256 JWT (the only algorithm the API issues), with the seed's header `{"typ":"JWT","alg":"HS256"}`. */
const HEADER = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'HS256' })).toString('base64url')

/** Who a token is for: the same in access and refresh tokens. */
export interface SubjectClaims {
  iss: string
  biin: string
  company_id: number
  user_id: number
  uuid: string
}

export interface AccessClaims extends SubjectClaims {
  exp: number
  type: 'access'
  iat: number
}

export interface RefreshClaims extends SubjectClaims {
  exp: number
  type: 'refresh'
  /** The refresh token's row id, and its family. */
  rti: string
  rtp: string
  iat: number
}

const sign = (input: string, secret: string) => createHmac('sha256', secret).update(input).digest()

export function signJwt(claims: object, secret: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  const input = `${HEADER}.${body}`
  return `${input}.${sign(input, secret).toString('base64url')}`
}

/** Returns the claims when the signature is right and the token has not expired, else null. */
export function verifyJwt(
  token: string,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Record<string, unknown> | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [h, b, s] = parts as [string, string, string]
  let header: unknown
  let claims: unknown
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'))
    claims = JSON.parse(Buffer.from(b, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (!header || typeof header !== 'object' || (header as { alg?: unknown }).alg !== 'HS256') return null
  const expected = sign(`${h}.${b}`, secret)
  const given = Buffer.from(s, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  if (!claims || typeof claims !== 'object') return null
  const exp = (claims as { exp?: unknown }).exp
  if (typeof exp !== 'number' || exp <= nowSeconds) return null
  return claims as Record<string, unknown>
}
