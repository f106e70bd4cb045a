import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildApp } from '../app.js'

/**
 * GET /openapi.json of an app booted in-process on a throwaway SQLite folder (nothing listens; the dev
 * mailbox on, as in development, so /dev/outbox is documented too). What the lint and the portal's
 * generated types are made from.
 */
export async function servedDocument(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'forte-openapi-'))
  const app = await buildApp({
    databaseUrl: `file:${path.join(dir, 'forte.sqlite')}`,
    videoDir: path.join(dir, 'videos'),
    jwtSecret: 'openapi-document-only',
    seedDemo: false,
    mediaWorkers: 0,
    devMailbox: true,
    smtpUrl: undefined,
    logLevel: 'warn',
  })
  try {
    const res = await app.inject('/openapi.json')
    if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`)
    return res.json()
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
