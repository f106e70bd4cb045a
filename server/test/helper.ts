import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import { buildApp } from '../src/app.js'
import type { AppConfig } from '../src/config.js'
import { createSchema, type SchemaDatabase } from './pg-schema.js'

/**
 * Test helpers: a real API server over HTTP on a fresh temporary database and video folder.
 * Keep this API stable: every server test file uses it. The database is a temporary SQLite file, or
 * in the PostgreSQL pass (`testDialect === 'pg'`) a fresh schema on TEST_DATABASE_URL.
 */

export interface StartedApi {
  url: string
  app: FastifyInstance
  config: AppConfig
  close(): Promise<void>
}

export const DEMO_BIN = '200940026146'
export const DEMO_IIN = '790920300817'
const COMPANY_EMAILS: Record<string, string> = { [DEMO_BIN]: 'email@mail.ru', [DEMO_IIN]: 'ip.demo@mail.kz' }

/**
 * Which database this run uses: Vitest's `postgres` project sets FORTE_TEST_DB=pg (only when
 * TEST_DATABASE_URL names a PostgreSQL server); otherwise SQLite.
 */
export const testDialect: 'pg' | 'sqlite' =
  process.env.FORTE_TEST_DB === 'pg' && process.env.TEST_DATABASE_URL ? 'pg' : 'sqlite'

export type TestDatabase = SchemaDatabase

/** A fresh, empty PostgreSQL schema on TEST_DATABASE_URL (one per server started: no test sees another's rows). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set')
  return createSchema(adminUrl)
}

/** Boots buildApp on a temp dir (seeded with the demo data), listening on 127.0.0.1:0. */
export async function startApi(overrides: Partial<AppConfig> = {}): Promise<StartedApi> {
  const dir = mkdtempSync(path.join(tmpdir(), 'forte-api-'))
  const pgDb = testDialect === 'pg' && !overrides.databaseUrl ? await createTestDatabase() : null
  const cleanup = async () => {
    rmSync(dir, { recursive: true, force: true })
    await pgDb?.drop()
  }
  let app: FastifyInstance
  try {
    app = await buildApp({
      databaseUrl: pgDb?.databaseUrl ?? `file:${path.join(dir, 'forte.sqlite')}`,
      videoDir: path.join(dir, 'videos'),
      jwtSecret: `test-${randomUUID()}`,
      devMailbox: true,
      smtpUrl: undefined,
      apiPublicUrl: undefined,
      logLevel: 'warn',
      // No daily scheduler: a digest queued mid-test would be the "newest letter" an OTP reader takes.
      // Tests run the pass themselves (POST /1c/reminders/run, app.reminders.run(now)).
      reminderAt: null,
      ...overrides,
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
  } catch (err) {
    await cleanup()
    throw err
  }
  const { port } = app.server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    config: app.config,
    async close() {
      // Tests end with keep-alive sockets of the test's own fetch client still open; don't wait for them.
      app.server.closeAllConnections()
      await app.close()
      await cleanup()
    },
  }
}

/**
 * The usual setup of a test file: one API started before its tests (beforeAll) and closed after them
 * (afterAll). The returned object is filled in when the API is up: read it inside tests and hooks only.
 */
export function fileApi(overrides: Partial<AppConfig> = {}): StartedApi {
  const api = {} as StartedApi
  let started: StartedApi | undefined
  beforeAll(async () => {
    started = await startApi(overrides)
    Object.assign(api, started)
  })
  afterAll(async () => {
    await started?.close()
  })
  return api
}

/** The newest OTP letter's code (to `email`, or to anyone) from GET /dev/outbox. */
export async function readOtp(url: string, email?: string): Promise<string> {
  const q = new URLSearchParams({ limit: '1', ...(email ? { to: email } : {}) })
  const res = await fetch(`${url}/dev/outbox?${q}`)
  const body = (await res.json()) as { data: { messages: { text: string }[] } }
  const text = body.data.messages[0]?.text ?? ''
  const code = /(?<!\d)\d{4}(?!\d)/.exec(text)?.[0]
  if (!code) throw new Error(`No OTP letter in the dev mailbox${email ? ` for ${email}` : ''}`)
  return code
}

export interface Login {
  access_token: string
  refresh_token: string
  uuid: string
  biin: string
  /** The whole /auth response (`{status, data}`). */
  body: any
}

export const appBasic = (biin: string, uuid: string, code: string) =>
  `Basic ${Buffer.from(`${biin}-${uuid}:${code}`).toString('base64')}`

async function login(url: string, biin: string, form: Record<string, unknown>, uuid: string): Promise<Login> {
  const otpRes = await fetch(`${url}/biin/${biin}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ uuid, FCM: 'test-fcm', ...form }),
  })
  if (otpRes.status !== 200) throw new Error(`POST /biin/${biin} → ${otpRes.status} ${await otpRes.text()}`)
  const code = await readOtp(url, COMPANY_EMAILS[biin])
  const res = await fetch(`${url}/auth`, { method: 'POST', headers: { authorization: appBasic(biin, uuid, code) } })
  const body = (await res.json()) as any
  if (res.status !== 200) throw new Error(`POST /auth → ${res.status} ${JSON.stringify(body)}`)
  return { access_token: body.data.access_token, refresh_token: body.data.refresh_token, uuid, biin, body }
}

/** BIN/IIN → OTP → /auth as the company's director. A fresh device uuid each time (no resend limit). */
export function loginDirector(url: string, biin = DEMO_BIN, uuid: string = randomUUID()): Promise<Login> {
  return login(url, biin, { role_id: 1 }, uuid)
}

/** BIN/IIN + mobile + first name → OTP → /auth as an employee (created when new). Defaults: the seed's Иван. */
export function loginEmployee(
  url: string,
  opts: { biin?: string; mobile?: string; firstName?: string; uuid?: string } = {},
): Promise<Login> {
  const { biin = DEMO_BIN, mobile = '87781578800', firstName = 'Иван', uuid = randomUUID() } = opts
  return login(url, biin, { role_id: 2, mobile, first_name: firstName }, uuid)
}

/** `Authorization` value for the 1C endpoints (default: the seeded admin_1C / pass_1C). */
export function basic1C(login = 'admin_1C', pass = 'pass_1C'): string {
  return `Basic ${Buffer.from(`${login}:${pass}`).toString('base64')}`
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
