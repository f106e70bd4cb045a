/** Reads `exp`/`iat` from an API access token without verifying it (the API verifies; we only schedule refreshes). */
export function readTokenTimes(jwt: string): { exp: number; iat: number } {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'))
    const exp = Number(payload.exp)
    const iat = Number(payload.iat)
    if (Number.isFinite(exp)) return { exp, iat: Number.isFinite(iat) ? iat : exp - 300 }
  } catch {}
  // Unknown shape: assume the documented 5-minute lifetime from now.
  const now = Math.floor(Date.now() / 1000)
  return { exp: now + 300, iat: now }
}
