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

/**
 * Set by proxy.ts on the request it forwards when its token probe found the API unreachable, so the
 * page shows "API недоступен" at once instead of waiting for the API again.
 */
export const API_DOWN_HEADER = 'x-forte-api-down'

/** True for the failures that mean "the API is not there right now" (show the banner with retry). */
export const isApiDown = (e: unknown) => e instanceof ForteUnavailableError || e instanceof ForteTimeoutError

/** A Russian sentence for any error thrown by a lib/forte call. */
export function describeForteError(e: unknown): string {
  if (e instanceof ForteApiError) {
    if (e.status === 401) return 'Сессия истекла, войдите снова'
    if (e.status === 403) return 'Недостаточно прав для этого действия'
    if (e.status === 404) return 'Не найдено'
    if (e.status === 409) return 'Состояние изменилось: обновите страницу'
    if (e.status === 413) return 'Файл слишком большой (максимум 64 МБ)'
    if (e.status === 415) return 'Файл не является видео MP4'
    if (e.status === 422) return 'Проверьте введённые данные'
    if (e.status === 429) return 'Слишком много попыток, подождите немного'
    if (e.status >= 500) return 'Ошибка на стороне API, попробуйте позже'
    return e.message
  }
  if (e instanceof ForteUnavailableError || e instanceof ForteTimeoutError || e instanceof ForteMalformedError)
    return e.message
  return 'Неизвестная ошибка'
}
