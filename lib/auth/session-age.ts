import type { JWT } from 'next-auth/jwt'

/**
 * Forte staff sessions carry 1C credentials: they end 12 hours after sign-in, however active.
 * (Client sessions follow the API's refresh tokens, which /logout and deletions end.)
 */
export const STAFF_SESSION_SECONDS = 12 * 60 * 60

export function sessionOver(token: Pick<JWT, 'role' | 'signedInAt'>, nowSec = Date.now() / 1000): boolean {
  if (token.role !== 'staff') return false
  return !token.signedInAt || nowSec - token.signedInAt >= STAFF_SESSION_SECONDS
}
