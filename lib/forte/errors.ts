/**
 * Typed failures of an API call, so a page can tell the user what happened in plain Russian
 * instead of crashing: the API said no (ForteApiError), could not be reached, was too slow,
 * or answered something we cannot read.
 */
export class ForteApiError extends Error {
  readonly name = 'ForteApiError'
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
    readonly retryAfter?: number,
    /** The whole `data` of the error envelope (409 answers carry who decided first). */
    readonly data: Record<string, unknown> = {},
  ) {
    super(message)
  }
  get isUnauthorized() {
    return this.status === 401
  }
  get isForbidden() {
    return this.status === 403
  }
  get isNotFound() {
    return this.status === 404
  }
  get isConflict() {
    return this.status === 409
  }
}

export class ForteUnavailableError extends Error {
  readonly name = 'ForteUnavailableError'
  constructor(readonly cause?: unknown) {
    super('API недоступен')
  }
}

export class ForteTimeoutError extends Error {
  readonly name = 'ForteTimeoutError'
  constructor() {
    super('API не ответил вовремя')
  }
}

export class ForteMalformedError extends Error {
  readonly name = 'ForteMalformedError'
  constructor(readonly detail: string) {
    super('API вернул ответ в неожиданном формате')
  }
}

/** A request that got no answer: past its deadline (aborted) → ForteTimeoutError, else ForteUnavailableError. */
export function connectionFailure(e: unknown): ForteTimeoutError | ForteUnavailableError {
  const name = (e as Error)?.name
  return name === 'TimeoutError' || name === 'AbortError' ? new ForteTimeoutError() : new ForteUnavailableError(e)
}

/** True for the failures that mean "the API is not there right now" (show the banner with retry). */
export const isApiDown = (e: unknown) => e instanceof ForteUnavailableError || e instanceof ForteTimeoutError

/** What went wrong with an API call, as the portal tells it to the user (each feature words it). */
export type ApiFailure =
  | 'expired'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'not-mp4'
  | 'invalid'
  | 'rate-limited'
  | 'unavailable'
  | 'failed'

/** HTTP status → failure: the one place that reads the API's status codes for the UI. */
export function toFailure(e: unknown): ApiFailure {
  if (e instanceof ForteApiError) {
    if (e.status === 401) return 'expired' // the API no longer takes the session
    if (e.status === 403) return 'forbidden'
    if (e.status === 404) return 'not-found'
    if (e.status === 409) return 'conflict'
    if (e.status === 413) return 'too-large'
    if (e.status === 415) return 'not-mp4'
    if (e.status === 400 || e.status === 422) return 'invalid'
    if (e.status === 429) return 'rate-limited'
    return e.status >= 500 ? 'unavailable' : 'failed'
  }
  // Unreachable, too slow, or an answer we cannot read: the API is not there for us right now.
  if (isApiDown(e) || e instanceof ForteMalformedError) return 'unavailable'
  return 'failed'
}
