import { type Credentials, forteFetch, forteJson, segment } from './client'
import { loggedOutSchema, meSchema, otpSentSchema, sessionSchema } from './schemas/auth'

/**
 * The sign-in calls (NextAuth's providers, proxy.ts's refresh and token probe, sign-out). Like the
 * transport under them, free of `server-only`: proxy.ts imports them.
 */

export type OtpRequest = { biin: string; uuid: string; role_id: 1 | 2; mobile?: string; first_name?: string }

/** Asks the API to send a sign-in code to the company's email; answers the masked address. */
export async function postBiin(req: OtpRequest, forwardedFor?: string | null): Promise<{ email: string }> {
  const { biin, ...body } = req
  // A browser has no push token: an empty FCM leaves the phone app's one alone.
  const json = { ...body, FCM: '' }
  const { email } = await forteJson(`/biin/${segment(biin)}`, otpSentSchema, {
    auth: { kind: 'none' },
    method: 'POST',
    json,
    forwardedFor,
  })
  return { email }
}

/** The code is bound to (BIN/IIN, device uuid): the API takes them as App Basic `{biin}-{uuid}:{code}`. */
export const postAuth = (biin: string, uuid: string, code: string, forwardedFor?: string | null) =>
  forteJson('/auth', sessionSchema, {
    auth: { kind: 'basic', login: `${biin}-${uuid}`, password: code },
    method: 'POST',
    forwardedFor,
  })

export const postRefresh = (refreshToken: string) =>
  forteJson('/refresh_token', sessionSchema, { auth: { kind: 'bearer', token: refreshToken }, method: 'POST' })

/** Ends the API session of this access token (POST /logout): its access and refresh tokens die at once. */
export const postLogout = (accessToken: string) =>
  forteJson('/logout', loggedOutSchema, { auth: { kind: 'bearer', token: accessToken }, method: 'POST' })

/** The reviewer behind 1C credentials (how the staff sign-in checks them). */
export const getMe1C = (login: string, password: string) =>
  forteJson('/1c/me', meSchema, { auth: { kind: 'basic', login, password } })

/**
 * Whether the API still accepts these credentials right now. For a client `/employee/list` is the
 * lightest bearer endpoint: a director gets the list, an employee 403, and both prove the token is
 * live; 401 means it was revoked (the employee was deleted) or has expired. Staff ask `/1c/me`.
 */
export async function probeSession(
  auth: Credentials,
  timeoutMs: number,
): Promise<'ok' | 'unauthorized' | 'unavailable'> {
  try {
    const res = await forteFetch(auth.kind === 'basic' ? '/1c/me' : '/employee/list', { auth, timeoutMs })
    await res.body?.cancel()
    return res.status === 401 ? 'unauthorized' : res.ok || res.status === 403 ? 'ok' : 'unavailable'
  } catch {
    return 'unavailable'
  }
}
