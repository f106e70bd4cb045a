/**
 * The few API calls the sign-in plumbing needs. proxy.ts imports this too, so it stays free of
 * React/server-only imports. Failures come back as an AuthApiError with the HTTP status and the
 * API's English message, so the UI can map them to Russian text.
 */
export class AuthApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message)
    this.name = 'AuthApiError'
  }
}

export function apiBaseUrl(): string {
  return (process.env.FORTE_API_URL || 'http://127.0.0.1:4010').replace(/\/+$/, '')
}

type Envelope = { status?: string; data?: Record<string, unknown> & { message?: string; code?: number } }

async function call(path: string, init: RequestInit, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  let res: Response
  try {
    res = await fetch(`${apiBaseUrl()}${path}`, { ...init, cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) })
  } catch {
    // status 0 = the API could not be reached (or timed out)
    throw new AuthApiError(0, 'API unreachable')
  }
  let body: Envelope | undefined
  try {
    body = (await res.json()) as Envelope
  } catch {}
  if (!res.ok || body?.status !== 'ok' || !body.data) {
    const retry = Number(res.headers.get('retry-after'))
    throw new AuthApiError(
      res.ok ? 502 : res.status,
      body?.data?.message ?? `HTTP ${res.status}`,
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    )
  }
  return body.data
}

export type OtpRequest = { biin: string; uuid: string; role_id: 1 | 2; mobile?: string; first_name?: string }

/**
 * The browser's address chain (X-Forwarded-For as the portal received it), passed on so the API
 * counts its per-address limits per client, not per portal.
 */
const forwarded = (forwardedFor: string | null | undefined): Record<string, string> =>
  forwardedFor ? { 'x-forwarded-for': forwardedFor.slice(0, 512) } : {}

export async function postBiin(req: OtpRequest, forwardedFor?: string | null): Promise<{ email: string }> {
  const { biin, ...body } = req
  const data = await call(`/biin/${encodeURIComponent(biin)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...forwarded(forwardedFor) },
    // A browser has no push token: an empty FCM leaves the phone app's one alone.
    body: JSON.stringify({ ...body, FCM: '' }),
  })
  return { email: String(data.email ?? '') }
}

export type AuthProfile = {
  access_token: string
  refresh_token: string
  first_name: string
  last_name: string
  company_name: string
  user_type: string
  biin: string
}

function toProfile(d: Record<string, unknown>): AuthProfile {
  const s = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : '')
  if (!s('access_token') || !s('refresh_token')) throw new AuthApiError(502, 'Malformed auth response')
  return {
    access_token: s('access_token'),
    refresh_token: s('refresh_token'),
    first_name: s('first_name'),
    last_name: s('last_name'),
    company_name: s('company_name'),
    user_type: s('user_type'),
    biin: s('biin'),
  }
}

const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`

export async function postAuth(
  biin: string,
  uuid: string,
  code: string,
  forwardedFor?: string | null,
): Promise<AuthProfile> {
  return toProfile(
    await call('/auth', {
      method: 'POST',
      headers: { authorization: basic(`${biin}-${uuid}`, code), ...forwarded(forwardedFor) },
    }),
  )
}

/** Ends the API session of this access token (POST /logout): its access and refresh tokens die at once. */
export async function postLogout(accessToken: string): Promise<void> {
  await call('/logout', { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } })
}

export async function postRefresh(refreshToken: string): Promise<AuthProfile> {
  return toProfile(
    await call('/refresh_token', { method: 'POST', headers: { authorization: `Bearer ${refreshToken}` } }),
  )
}

export async function getStaffMe(login: string, password: string): Promise<{ login: string; display_name: string }> {
  const d = await call('/1c/me', { headers: { authorization: basic(login, password) } })
  return { login: String(d.login ?? login), display_name: String(d.display_name ?? login) }
}

/**
 * Whether the API still accepts a client's access token. `/employee/list` is the lightest bearer
 * endpoint: a director gets the list, an employee 403 — both prove the token is live; 401 means
 * it was revoked (the employee was deleted) or has expired.
 */
export async function probeAccessToken(token: string): Promise<'ok' | 'unauthorized' | 'unavailable'> {
  try {
    const res = await fetch(`${apiBaseUrl()}/employee/list`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
      // Short: a hung API must still leave the page time to answer within 5 s (lib/forte/page-data.ts).
      signal: AbortSignal.timeout(2_000),
    })
    await res.body?.cancel()
    return res.status === 401 ? 'unauthorized' : res.ok || res.status === 403 ? 'ok' : 'unavailable'
  } catch {
    return 'unavailable'
  }
}

export type OutboxLetter = { to: string; subject: string; text: string; created_at: string }

/** The dev mailbox, or null when the API has it off (404) or cannot be reached. */
export async function getOutbox(limit = 20): Promise<OutboxLetter[] | null> {
  try {
    const d = await call(`/dev/outbox?limit=${limit}`, { method: 'GET' }, 5_000)
    return Array.isArray(d.messages) ? (d.messages as OutboxLetter[]) : []
  } catch {
    return null
  }
}
