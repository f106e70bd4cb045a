/** An error that becomes the contract's error envelope with its own status (see plugins/app/error-handler.ts). */
export class ApiError extends Error {
  readonly statusCode: number
  readonly errors?: Record<string, string>
  readonly headers?: Record<string, string>

  constructor(
    statusCode: number,
    message: string,
    opts: { errors?: Record<string, string>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.name = 'ApiError'
    this.statusCode = statusCode
    this.errors = opts.errors
    this.headers = opts.headers
  }
}

export const badRequest = (message = 'Malformed request.') => new ApiError(400, message)
export const unauthorized = (message = 'Invalid or expired credentials.', headers?: Record<string, string>) =>
  new ApiError(401, message, { headers })
export const forbidden = (message = 'Not allowed for this role.') => new ApiError(403, message)
export const notFound = (message = 'Not found.') => new ApiError(404, message)
export const conflict = (message: string) => new ApiError(409, message)
export const invalid = (errors: Record<string, string>, message = 'Validation failed.') =>
  new ApiError(422, message, { errors })
export const tooMany = (message: string, retryAfterSeconds: number) =>
  new ApiError(429, message, { headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) } })

/** 503 naming the part that failed (the underlying error goes to the log as `cause`, never to the client). */
export const unavailable = (what: 'storage' | 'database', cause?: unknown) =>
  new ApiError(
    503,
    what === 'storage'
      ? 'Video storage is unavailable: nothing was saved. Try again later.'
      : 'Database is unavailable: nothing was saved. Try again later.',
    { cause },
  )
