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
