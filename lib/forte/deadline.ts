/**
 * A call's deadline: `signal` aborts with a TimeoutError after `ms`; `clear()` once the answer is in.
 * Not `AbortSignal.timeout`: Node keeps the request's async context (and so the whole page render it
 * was started in) on that timer until the time runs out, even when the answer came at once. Under
 * load that held every render of the last ten seconds in memory.
 */
export function deadline(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new DOMException('The API did not answer in time', 'TimeoutError')),
    ms,
  )
  timer.unref() // a deadline never keeps the process alive on its own
  return { signal: controller.signal, clear: () => clearTimeout(timer) }
}

/**
 * `res` with a body that calls `clear` once it has been read to the end. The deadline so still covers
 * a body that stalls half-way, and ends the moment the caller has all of it.
 */
export function clearedWhenRead(res: Response, clear: () => void): Response {
  if (!res.body) {
    clear()
    return res
  }
  const body = res.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: clear }))
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers })
}
