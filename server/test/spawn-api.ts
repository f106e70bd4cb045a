import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { freePort, stop as stopProcess } from '../../bench/lib/processes'
import type { StartedApi } from './helper.js'

const root = path.resolve(import.meta.dirname, '..', '..')

export interface SpawnedApi {
  url: string
  proc: ChildProcess
  /** The server's own process (node with tsx as a loader): read its memory in /proc/<pid>. */
  pid: number
  /** Everything the process printed (stdout and stderr; its pino log lines are JSON). */
  output(): string
  stop(): Promise<void>
}

/**
 * `npm run api` as its own OS process (node + tsx, the server itself: no wrapper process to outlive it),
 * with this process's environment plus `env` (an `undefined` value removes a variable), on a free port
 * of 127.0.0.1. Resolves once /health answers. `detached`: its own process group, so a test that kills
 * it can also find and clean up what it started (ffmpeg).
 */
export async function spawnApi(
  env: Record<string, string | undefined>,
  { detached = false }: { detached?: boolean } = {},
): Promise<SpawnedApi> {
  const port = await freePort()
  const childEnv: NodeJS.ProcessEnv = { ...process.env, FORTE_API_PORT: String(port), FORTE_API_HOST: '127.0.0.1' }
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k]
    else childEnv[k] = v
  }
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/server.ts')], {
    cwd: root,
    env: childEnv,
    detached,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  proc.stdout!.on('data', (c) => (out += c))
  proc.stderr!.on('data', (c) => (out += c))
  const url = `http://127.0.0.1:${port}`
  const stop = () => stopProcess(proc)
  // Two instances starting together on one empty database take turns to migrate and seed.
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`API exited with ${proc.exitCode}:\n${out}`)
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { url, proc, pid: proc.pid!, output: () => out, stop }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  throw new Error(`API did not start:\n${out}`)
}

/** `npm run api` beside a server of this test: the same database, video folder and JWT secret, plus `env`. */
export function spawnApiBeside(api: StartedApi, env: Record<string, string> = {}): Promise<SpawnedApi> {
  return spawnApi({
    DATABASE_URL: api.config.databaseUrl,
    VIDEO_DIR: api.config.videoDir,
    JWT_SECRET: api.config.jwtSecret,
    ...env,
  })
}
