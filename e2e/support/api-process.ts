import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where e2e/support/start-api.mjs writes the pid of the API server it started on `port`. */
const apiPidFile = (port: number | string) => join(tmpdir(), `forte-e2e-api-${port}.pid`)

/**
 * Freezes the API (SIGSTOP: it keeps its sockets, answers nothing: a hung server, not a closed port)
 * while `fn` runs, then lets it go on (SIGCONT) whatever happens.
 */
export async function withApiStopped<T>(port: number | string, fn: () => Promise<T>): Promise<T> {
  const pid = Number(readFileSync(apiPidFile(port), 'utf8'))
  process.kill(pid, 'SIGSTOP')
  try {
    return await fn()
  } finally {
    process.kill(pid, 'SIGCONT')
  }
}

/** Where e2e/support/start-api.mjs copies the log of the API server it started on `port`. */
export const apiLogFile = (port: number | string) => join(tmpdir(), `forte-e2e-api-${port}.log`)

/** Asks the API for /health with `marker` in the query and waits until its log shows that request. */
async function markLog(apiUrl: string, logFile: string, marker: string): Promise<number> {
  await fetch(`${apiUrl}/health?mark=${marker}`)
  for (let i = 0; i < 200; i++) {
    const at = readFileSync(logFile, 'utf8').indexOf(`mark=${marker}`)
    if (at >= 0) return at
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`the API log never showed ${marker}`)
}

/**
 * The requests the API at `apiUrl` received while `fn` ran (method and URL, from its own log in
 * `logFile`, LOG_LEVEL info): the calls are counted where they arrive. Marker requests before and
 * after fence them off in the log. The e2e tests and `npm run bench` count with it.
 */
export async function apiCallsDuring(apiUrl: string, logFile: string, fn: () => Promise<void>): Promise<string[]> {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`
  const start = await markLog(apiUrl, logFile, `start-${id}`)
  await fn()
  const end = await markLog(apiUrl, logFile, `end-${id}`)
  return readFileSync(logFile, 'utf8')
    .slice(start, end)
    .split('\n')
    .slice(1, -1)
    .map((line) => {
      try {
        return JSON.parse(line) as { msg?: string; req?: { method: string; url: string } }
      } catch {
        return {}
      }
    })
    .filter((e) => e.msg === 'incoming request' && e.req)
    .map((e) => `${e.req!.method} ${e.req!.url}`)
}
