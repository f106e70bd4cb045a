/** Splits an `Authorization: Basic ...` header into login and password (null when absent or malformed). */
export function parseBasic(header: string | undefined): { login: string; password: string } | null {
  const m = /^Basic\s+(\S+)\s*$/i.exec(header ?? '')
  if (!m) return null
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8')
  const i = decoded.indexOf(':')
  if (i < 0) return null
  return { login: decoded.slice(0, i), password: decoded.slice(i + 1) }
}

export function parseBearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return m ? m[1]! : null
}
