import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import type { StartedApi } from './helper.js'

const root = path.resolve(import.meta.dirname, '..', '..')

export interface SpawnedApi {
  url: string
  /** The server's own process (node with tsx as a loader): read its memory in /proc/<pid>. */
  pid: number
  /** Everything the process printed (stdout and stderr). */
  output(): string
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** `npm run api` as its own OS process (tsx server/src/server.ts) with `env`; resolves once /health answers. */
async function spawnApi(env: Record<string, string>): Promise<SpawnedApi> {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/server.ts')], {
    cwd: root,
    env: { ...process.env, FORTE_API_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (c) => (out += c))
  child.stderr!.on('data', (c) => (out += c))
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${out}`)
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { url, pid: child.pid!, output: () => out, stop }
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
