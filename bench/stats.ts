/**
 * The insight endpoints' latency: GET /reports/stats (the director's company) and GET /1c/stats
 * (every company), one request at a time against a running API. `npm run bench` calls it on each
 * database the API latency bench seeds; alone: `npx tsx bench/stats.ts [N]` seeds N reports (default
 * 100,000; all of the demo company's, or BENCH_DEMO_SHARE of them) into a fresh SQLite database, and
 * into PostgreSQL too when TEST_DATABASE_URL is set.
 */
import { rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { createSchema } from '../server/test/pg-schema'
import { stop } from './lib/processes'
import { directorToken, seedScale, startApi } from './lib/stack'
import { timeMany } from './lib/stats'

/** The contract's budget for either endpoint at 100,000 reports. */
export const STATS_BUDGET_MS = 200
const RUNS = 30

export async function measureStats(apiUrl: string, token: string) {
  const get = async (path: string, authorization: string) => {
    const res = await fetch(`${apiUrl}${path}`, { headers: { authorization } })
    if (!res.ok) throw new Error(`${path} answered ${res.status}`)
    return res.arrayBuffer()
  }
  const staff = `Basic ${Buffer.from('admin_1C:pass_1C').toString('base64')}`
  // One warm-up each: the first request pays for the statements' preparation and cold pages.
  await get('/reports/stats?months=12', `Bearer ${token}`)
  await get('/1c/stats?months=12', staff)
  const company = await timeMany(RUNS, () => get('/reports/stats?months=12', `Bearer ${token}`))
  const all = await timeMany(RUNS, () => get('/1c/stats?months=12', staff))
  return { company, all }
}

/** Seeds `n` reports of the demo company (as the latency bench does) into a fresh database; measures both endpoints. */
async function standalone(n: number, onPostgres: boolean) {
  const schema = onPostgres ? await createSchema(process.env.TEST_DATABASE_URL!, 'forte_bench') : null
  const first = await startApi(undefined, { databaseUrl: schema?.databaseUrl, env: { MEDIA_WORKERS: '0' } })
  await stop(first.proc)
  await seedScale(first.databaseUrl, n, ['--demo-share', process.env.BENCH_DEMO_SHARE ?? '1'])
  const api = await startApi(first.dir, { databaseUrl: first.databaseUrl, env: { MEDIA_WORKERS: '0' } })
  try {
    const r = await measureStats(api.url, await directorToken(api.url))
    const label = onPostgres ? 'PostgreSQL' : 'SQLite'
    for (const [name, t] of [
      ['/reports/stats', r.company],
      ['/1c/stats', r.all],
    ] as const)
      console.log(`${label} ${n} reports ${name}: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`)
  } finally {
    await stop(api.proc)
    rmSync(first.dir, { recursive: true, force: true })
    await schema?.drop()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 100_000)
  await standalone(n, false)
  if (process.env.TEST_DATABASE_URL) await standalone(n, true)
  process.exit(0)
}
