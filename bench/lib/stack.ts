import { randomUUID } from 'node:crypto'
import { mkdtempSync, openSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { ROLE } from '../../server/src/lib/codes'
import { portalCommand } from '../../scripts/lib.mjs'
import { freePort, launch, waitFor } from './processes'

export const DEMO_BIN = '200940026146'
export const root = path.resolve(import.meta.dirname, '..', '..')

/** `logFile`: the API's log (one JSON line per request), where the bench counts the calls a page view makes. */
export type Api = { url: string; proc: ChildProcess; databaseUrl: string; dir: string; logFile: string }

/**
 * A fresh API server on a temporary database (demo data seeded at start): a SQLite file in `dir`,
 * or the PostgreSQL database `databaseUrl` names; `env` adds settings.
 */
export async function startApi(
  dir = mkdtempSync(path.join(tmpdir(), 'forte-bench-')),
  {
    databaseUrl = `file:${path.join(dir, 'forte.sqlite')}`,
    env = {},
  }: { databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<Api> {
  const port = await freePort()
  const logFile = path.join(dir, `api-${port}.log`)
  // One node process (tsx as a loader, not as a wrapper), so its RSS is the server's own.
  const proc = launch(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'server/src/server.ts')],
    {
      FORTE_API_PORT: String(port),
      FORTE_API_HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      VIDEO_DIR: path.join(dir, 'videos'),
      ACCESS_TOKEN_TTL: '3600',
      LOG_LEVEL: 'warn',
      // The bench signs in through the dev mailbox, many times an hour.
      DEV_MAILBOX: '1',
      LETTERS_PER_BIIN: '0',
      // No daily reminder digest: the sign-in reads the newest letter.
      REMINDER_AT: 'off',
      ...env,
    },
    undefined,
    env.LOG_LEVEL === 'info' ? openSync(logFile, 'w') : undefined,
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/health`)
  return { url, proc, databaseUrl, dir, logFile }
}

/** Seeds N synthetic reports with the project's own seeding command. */
export async function seedScale(databaseUrl: string, n: number, extra: string[] = []): Promise<void> {
  const { spawnSync } = await import('node:child_process')
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'server/src/seed-cli.ts'), '--scale', String(n), ...extra],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
    },
  )
  if (r.status !== 0) throw new Error(`seed --scale ${n} failed`)
}

/** A director's access token, through the same OTP flow a client uses. */
export async function directorToken(apiUrl: string, biin = DEMO_BIN): Promise<string> {
  const uuid = randomUUID()
  const otp = await fetch(`${apiUrl}/biin/${biin}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role_id: ROLE.DIRECTOR, uuid, FCM: 'bench' }),
  })
  if (!otp.ok) throw new Error(`/biin answered ${otp.status}`)
  const mail = (await (await fetch(`${apiUrl}/dev/outbox?limit=1`)).json()) as {
    data: { messages: { text: string }[] }
  }
  const code = /(?<!\d)\d{4}(?!\d)/.exec(mail.data.messages[0]?.text ?? '')?.[0]
  const auth = await fetch(`${apiUrl}/auth`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${biin}-${uuid}:${code}`).toString('base64')}` },
  })
  const body = (await auth.json()) as { data: { access_token: string } }
  if (!auth.ok) throw new Error(`/auth answered ${auth.status}`)
  return body.data.access_token
}

export type Portal = { url: string; proc: ChildProcess }

/** The built portal (`next start`) in front of `apiUrl`, from the build in `distDir`. */
export async function startPortal(
  apiUrl: string,
  distDir = '.next',
  cwd = root,
  readyPath = '/login',
  env: Record<string, string> = {},
): Promise<Portal> {
  const port = await freePort()
  // The same command and heap limit as `npm start`.
  const proc = launch(
    ...portalCommand([cwd, '-p', String(port), '-H', '127.0.0.1']),
    {
      NEXT_DIST_DIR: distDir,
      FORTE_API_URL: apiUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: 'bench-only-secret',
      ...env,
    },
    cwd,
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}${readyPath}`, 120)
  return { url, proc }
}
