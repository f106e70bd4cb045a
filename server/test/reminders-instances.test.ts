import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basic1C, createTestDatabase, DEMO_BIN, DEMO_IIN, type TestDatabase, testDialect } from './helper.js'
import { spawnApi, type SpawnedApi } from './spawn-api.js'

/** Two API processes on one database (SQLite file, or a PostgreSQL schema in the `postgres` pass). */
let dir: string
let pg: TestDatabase | null = null
let env: Record<string, string>
const running: SpawnedApi[] = []
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'forte-reminders-'))
  pg = testDialect === 'pg' ? await createTestDatabase() : null
  env = {
    DATABASE_URL: pg?.databaseUrl ?? `file:${path.join(dir, 'forte.sqlite')}`,
    VIDEO_DIR: path.join(dir, 'videos'),
    JWT_SECRET: 'reminders-test',
    DEV_MAILBOX: '1',
    REMINDER_AT: 'off',
    MEDIA_WORKERS: '0',
    LOG_LEVEL: 'warn',
  }
  running.push(await spawnApi(env)) // seeds the demo
  running.push(await spawnApi(env))
}, 90_000)
afterAll(async () => {
  await Promise.all(running.map((a) => a.stop()))
  await pg?.drop()
  rmSync(dir, { recursive: true, force: true })
})

const run = async (api: SpawnedApi) => {
  const res = await fetch(`${api.url}/1c/reminders/run`, { method: 'POST', headers: { authorization: basic1C() } })
  expect(res.status).toBe(200)
  return (await res.json()).data.sent as { biin: string }[]
}
const digestsTo = async (api: SpawnedApi, to: string) =>
  (
    (await (await fetch(`${api.url}/dev/outbox?to=${to}&limit=200`)).json()).data.messages as { subject: string }[]
  ).filter((m) => m.subject.startsWith('Напоминание')).length

describe('the reminder pass on two instances', () => {
  it('run at once on both, several times: each company gets one digest', async () => {
    const [a, b] = running as [SpawnedApi, SpawnedApi]
    const answers = await Promise.all([a, b, a, b, a, b].map(run))
    const sent = answers.flat().map((s) => s.biin)
    expect(sent.sort()).toEqual([DEMO_BIN, DEMO_IIN].sort())
    expect(await digestsTo(a, 'email@mail.ru')).toBe(1)
    expect(await digestsTo(b, 'ip.demo@mail.kz')).toBe(1)
  })

  it('and after a restart, the same day: nothing more', async () => {
    await running.pop()!.stop()
    const again = await spawnApi(env)
    running.push(again)
    expect(await run(again)).toEqual([])
    expect(await digestsTo(again, 'email@mail.ru')).toBe(1)
  })
})
