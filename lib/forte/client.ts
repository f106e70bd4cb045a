import type { z } from 'zod'
import { clearedWhenRead, deadline } from './deadline'
import { connectionFailure, ForteApiError, ForteMalformedError } from './errors'
import { errorEnvelope } from './schemas/common'

/**
 * The one door to the API: its address, the Authorization header, time-outs, the envelope check and
 * the typed errors live here and nowhere else. Free of `server-only` on purpose, because proxy.ts
 * (Next's middleware) signs in and refreshes through it too; the credentials it is handed come from
 * the encrypted session on the server and never reach the browser.
 */
export const apiBaseUrl = () => (process.env.FORTE_API_URL || 'http://127.0.0.1:4010').replace(/\/+$/, '')

/** The session's `ApiAuth` fits as it is; sign-in calls pass a code as Basic or a refresh token as bearer. */
export type Credentials =
  { kind: 'bearer'; token: string } | { kind: 'basic'; login: string; password: string } | { kind: 'none' }

function authorizationHeader(auth: Credentials): string | undefined {
  if (auth.kind === 'bearer') return `Bearer ${auth.token}`
  if (auth.kind === 'basic') return `Basic ${Buffer.from(`${auth.login}:${auth.password}`).toString('base64')}`
  return undefined
}

export type RequestOptions = {
  auth: Credentials
  method?: string
  json?: unknown
  headers?: Record<string, string>
  body?: BodyInit | null
  timeoutMs?: number
  /** The browser's X-Forwarded-For as the portal received it, so the API counts its per-address limits per client. */
  forwardedFor?: string | null
}

/**
 * `fetch` with a deadline: a network failure is ForteUnavailableError, a deadline passed ForteTimeoutError.
 * Called alone only for a URL the API itself gave (a vehicle type's picture), never with credentials.
 */
export async function fetchWithin(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  const due = deadline(timeoutMs)
  try {
    const res = await fetch(url, {
      cache: 'no-store',
      ...init,
      signal: due.signal,
      // A streamed request body (video upload) needs half-duplex in Node's fetch.
      ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit)
    return clearedWhenRead(res, due.clear)
  } catch (e) {
    due.clear()
    throw connectionFailure(e)
  }
}

/** The headers of a request to the API: the caller's, the credentials, the browser's address. */
export function apiHeaders(opts: Pick<RequestOptions, 'auth' | 'headers' | 'forwardedFor'>): Headers {
  const headers = new Headers(opts.headers)
  const authorization = authorizationHeader(opts.auth)
  if (authorization) headers.set('authorization', authorization)
  if (opts.forwardedFor) headers.set('x-forwarded-for', opts.forwardedFor.slice(0, 512))
  return headers
}

/** A request to the API (base URL and credentials added); the raw answer, for calls that stream or probe. */
export function forteFetch(path: string, opts: RequestOptions): Promise<Response> {
  const headers = apiHeaders(opts)
  let body = opts.body
  if (opts.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(opts.json)
  }
  return fetchWithin(
    `${apiBaseUrl()}${path}`,
    { method: opts.method ?? 'GET', headers, body },
    opts.timeoutMs ?? 10_000,
  )
}

/** Turns a non-2xx answer into ForteApiError (reading the error envelope when there is one). */
export async function throwForStatus(res: Response): Promise<never> {
  const parsed = errorEnvelope.safeParse(await res.json().catch(() => null))
  const retry = Number(res.headers.get('retry-after'))
  const data = parsed.success ? parsed.data.data : undefined
  throw new ForteApiError(
    res.status,
    data?.message ?? `HTTP ${res.status}`,
    data?.errors ?? {},
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
    data ?? {},
  )
}

/** A JSON call: the envelope is checked against `schema` and its `data` returned. */
export async function forteJson<S extends z.ZodType<{ data: unknown }>>(
  path: string,
  schema: S,
  opts: RequestOptions,
): Promise<z.infer<S>['data']> {
  const res = await forteFetch(path, opts)
  if (!res.ok) await throwForStatus(res)
  let json: unknown
  try {
    json = await res.json()
  } catch {
    throw new ForteMalformedError(`${path}: not JSON`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success)
    throw new ForteMalformedError(
      `${path}: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')} ${i.message}`)
        .join('; ')}`,
    )
  return (parsed.data as { data: unknown }).data as z.infer<S>['data']
}

/** For reads of one object: a 404 becomes `undefined`, so the page can call notFound(). */
export async function orUndefinedOn404<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call
  } catch (e) {
    if (e instanceof ForteApiError && e.status === 404) return undefined
    throw e
  }
}

/** A path segment for the seed's "NULL" parameters. */
export const segment = (v: string | number | undefined | null) =>
  v === undefined || v === null || v === '' ? 'null' : encodeURIComponent(String(v))
