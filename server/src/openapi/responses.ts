import { ErrorSchema } from '../schemas/common.js'

/** What each status means across the API (api-contract.md "Conventions"); the document's response descriptions. */
export const STATUS_DESCRIPTIONS: Record<string, string> = {
  200: 'Success',
  201: 'Created',
  204: 'Done, no body',
  206: 'Partial content (the requested Range)',
  304: 'Not modified (the If-None-Match ETag still matches)',
  400: 'Malformed request (bad JSON, a body cut short)',
  401: 'No, wrong or expired credentials',
  403: "The caller's role may not do this",
  404: "Unknown object, or another company's (never told apart)",
  409: 'State conflict: the object is not in the state this needs',
  413: 'Request body too large',
  415: 'Unsupported Content-Type',
  416: 'Range not satisfiable',
  422: 'Invalid field: `errors` names each field and why',
  429: 'Too many attempts: wait for `Retry-After` seconds',
  500: 'Unexpected failure (the answer carries `x-request-id` for support)',
  503: 'Storage or database unavailable (the message names which)',
}

interface RouteShape {
  params?: unknown
  querystring?: unknown
  body?: unknown
  headers?: unknown
  security?: Record<string, unknown>[]
}

/**
 * The error answers a route can give by its shape alone, whatever its handler does: validation (422),
 * body parsing (400, 413, 415), the guards (401; 429 while a 1C login is locked) and an unexpected
 * failure (500). Routes list the rest (403, 404, 409, ...) in their own `response`.
 */
export function implicitErrors(schema: RouteShape): Record<number, typeof ErrorSchema> {
  const codes = new Set<number>([500])
  if (schema.params || schema.querystring || schema.body || schema.headers) codes.add(422)
  if (schema.body) for (const c of [400, 413, 415]) codes.add(c)
  const schemes = new Set((schema.security ?? []).flatMap((s) => Object.keys(s)))
  if (schemes.size) codes.add(401)
  if (schemes.has('basic1C')) codes.add(429)
  return Object.fromEntries([...codes].map((c) => [c, ErrorSchema]))
}
