/**
 * `npm run bench`: each measure beside its floor, on this machine, loopback only.
 * Prints a table of figures and ratios and writes bench/results.json. Nothing here is asserted:
 * the numbers are for people to read (and to compare run with run).
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ensurePortalBuilt } from '../scripts/lib.mjs'
import { type Load, load, startFloorServer } from './api-latency'
import { measureFirstLoad, startFloorApp } from './first-load'
import { everyPage, pageIds, signIn } from './first-load-pages'
import { measureLighthouse } from './lighthouse'
import { apiCallsPerView, portalLoad } from './portal-load'
import { cookieHeader, launchBrowser } from './lib/browser'
import { cpuMs, stop } from './lib/processes'
import { type Row, printTable } from './lib/table'
import { kib, mib, round, timeMany } from './lib/stats'
import { STATUS } from '../server/src/lib/codes'
import { createSchema } from '../server/test/pg-schema'
import { DEMO_BIN, directorToken, root, seedScale, startApi, startPortal } from './lib/stack'
import { fileSize, mediaDone, measureProcessing, queueDrained, renditionFigures, video1080p } from './media'
import { seekBytes } from './seek'
import { measureStats, STATS_BUDGET_MS } from './stats'
import { measurePutPerItem, measureSync } from './sync'
import { timedUpload } from './upload'
import { bigVideo } from './video-file'

const rows: Row[] = []
const results: Record<string, unknown> = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  at: new Date().toISOString(),
}
const add = (
  measure: string,
  ours: number,
  floor: number,
  unit: string,
  goal: string,
  met: boolean | undefined,
  digits = 1,
) => {
  rows.push({
    measure,
    ours: `${round(ours, digits)} ${unit}`,
    floor: Number.isFinite(floor) ? `${round(floor, digits)} ${unit}` : '—',
    ratio: Number.isFinite(floor) && floor > 0 ? `${round(ours / floor, 2)}×` : '—',
    goal,
    met: met === undefined ? '—' : met ? 'yes' : 'NO',
  })
  // Each figure as soon as it is measured: a section that fails later does not lose it.
  console.log(`   ${Object.values(rows.at(-1)!).join(' | ')}`)
}
const step = (s: string) => console.log(`… ${s}`)
/** BENCH_ONLY=pages,lighthouse,calls,render,load,upload,seek,media,sync,latency runs only those sections (all when unset; seek needs upload). */
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean))
const on = (section: string) => !only.size || only.has(section)

// ---- the demo stack: first-load JS, Lighthouse, API calls per view, render overhead, load, upload, seek
// Only these sections need the built portal and a browser: the API-only ones (media, sync, latency) run without.
if (['pages', 'lighthouse', 'calls', 'render', 'load', 'upload', 'seek'].some(on)) await demoStack()

async function demoStack() {
  ensurePortalBuilt('.next')
  const browser = await launchBrowser()
  step('starting the API and the portal')
  // No media worker here: the upload and seek figures are the original file's; a worker instance comes
  // later. LOG_LEVEL info: the API's log is where the calls of a page view are counted.
  const api = await startApi(undefined, { env: { MEDIA_WORKERS: '0', LOG_LEVEL: 'info' } })
  // BENCH_FLOOR=1: the load test's floor page (app/bench-floor) exists in this portal only.
  const portal = await startPortal(api.url, '.next', root, '/login', { BENCH_FLOOR: '1' })
  const token = await directorToken(api.url)
  const bearer = { authorization: `Bearer ${token}` }
  const general = (await (
    await fetch(`${api.url}/reports/general/filter/null/null/null`, { headers: bearer })
  ).json()) as any
  const all = [...general.data.reports.important, ...general.data.reports.general]
  const users = await signIn(browser, portal.url, api.url)
  const director = users.director
  const cookie = await cookieHeader(director)

  if (on('pages') || on('lighthouse')) {
    step('every page of the portal, and a bare App Router page built as the floor')
    const pages = await everyPage(users, pageIds(all))
    const floor = await startFloorApp(api.url)
    if (on('pages')) {
      step('first-load JavaScript of every page')
      const js = await measureFirstLoad(browser, floor.url, users, pages)
      results.firstLoadJs = js
      for (const [page, m] of Object.entries(js.pages))
        add(
          `first-load JS ${page}`,
          kib(m.bytes),
          kib(js.floor.bytes),
          'KiB',
          '≤ 1.5× floor',
          m.bytes <= 1.5 * js.floor.bytes,
        )
    }
    if (on('lighthouse')) {
      // As a running portal shows them: the demo's videos prepared (posters) by a media worker, which
      // this API instance lacks (MEDIA_WORKERS=0 keeps the upload figures clean).
      step('a media worker prepares the demo videos')
      const worker = await startApi(api.dir, { env: { MEDIA_WORKERS: '1' } })
      await queueDrained(api.url)
      await stop(worker.proc)
      step('Lighthouse 12.2.3 (mobile, simulated throttling) on every page and on the floor')
      const lh = await measureLighthouse(portal.url, floor.url, users, pages)
      results.lighthouse = lh.results
      rows.push(...lh.rows)
    }
    await floor.close()
  }

  if (on('calls')) {
    step('API calls per /reports view (counted in the API log)')
    const calls = await apiCallsPerView(api, director, '/reports')
    results.apiCallsPerView = calls
    add(
      `API calls per /reports view (${calls.calls.join(', ')})`,
      calls.perView,
      1,
      'calls',
      '1',
      calls.perView === 1,
      2,
    )
  }

  if (on('load')) {
    step('/reports, 20 connections for 20 s, against the floor page (same API answer, a plain table)')
    const floor = await portalLoad(`${portal.url}/bench-floor`, cookie, portal.proc)
    const ours = await portalLoad(`${portal.url}/reports`, cookie, portal.proc)
    results.portalLoad = { ours, floor }
    add(
      'portal /reports req/s, 20 connections',
      ours.rps,
      floor.rps,
      'req/s',
      '≥ 0.5× floor',
      ours.rps >= 0.5 * floor.rps,
    )
    add('portal /reports p50, 20 connections', ours.p50, floor.p50, 'ms', 'shown', undefined, 0)
    add('portal /reports p99, 20 connections', ours.p99, floor.p99, 'ms', 'shown', undefined, 0)
    add(
      'portal peak RSS under load',
      mib(ours.peakRss),
      mib(floor.peakRss),
      'MiB',
      '≤ 300 MiB',
      ours.peakRss <= 300 * 1024 * 1024,
      0,
    )
  }

  if (on('render')) {
    step('/reports server render against the API call it makes')
    const apiCall = await timeMany(20, async () =>
      (await fetch(`${api.url}/reports/general/filter/null/null/null`, { headers: bearer })).arrayBuffer(),
    )
    const render = await timeMany(20, async () =>
      (await fetch(`${portal.url}/reports`, { headers: { cookie } })).arrayBuffer(),
    )
    results.render = { apiCall, render }
    add('/reports render p50 (vs its API call)', render.p50, apiCall.p50, 'ms', 'overhead shown', undefined)
    add('/reports render p95 (vs its API call)', render.p95, apiCall.p95, 'ms', 'overhead shown', undefined)
  }

  const video = on('upload') || on('seek') ? bigVideo() : undefined
  if (!video) {
    if (on('upload')) console.log('ffmpeg is not available: the upload and seek measures are skipped')
  } else {
    step('64 MiB upload: through the portal and straight to the API')
    const due = all
      .filter((r: any) => r.status_code === STATUS.DUE || r.status_code === STATUS.REJECTED)
      .map((r: any) => r.ref_key as string)
    const direct = await timedUpload(`${api.url}/reports/upload`, bearer, video, due[0]!, { api: api.proc })
    // The route's code is loaded by its first request: a refused one (not a form) first, so the figure
    // is the upload's own memory, not the module's.
    await fetch(`${portal.url}/api/reports/upload`, {
      method: 'POST',
      headers: { cookie, origin: portal.url },
      body: '',
    })
    const viaPortal = await timedUpload(
      `${portal.url}/api/reports/upload`,
      { cookie, origin: portal.url },
      video,
      due[1]!,
      { api: api.proc, portal: portal.proc },
    )
    results.upload = { direct, viaPortal }
    add(
      'upload 64 MiB throughput (portal vs direct)',
      viaPortal.mibPerSecond,
      direct.mibPerSecond,
      'MiB/s',
      '≥ 0.8× direct',
      viaPortal.mibPerSecond >= 0.8 * direct.mibPerSecond && viaPortal.status === 201,
    )
    add(
      'upload RSS growth, API',
      mib(direct.rssGrowth.api),
      NaN,
      'MiB',
      '≤ 32 MiB',
      direct.rssGrowth.api <= 32 * 1024 * 1024,
    )
    add(
      'upload RSS growth, portal',
      mib(viaPortal.rssGrowth.portal ?? NaN),
      NaN,
      'MiB',
      '≤ 32 MiB',
      (viaPortal.rssGrowth.portal ?? Infinity) <= 32 * 1024 * 1024,
    )
  }
  // The seek and the rendition need the video the upload sent.
  if (video && on('seek')) {
    const due = all
      .filter((r: any) => r.status_code === STATUS.DUE || r.status_code === STATUS.REJECTED)
      .map((r: any) => r.ref_key as string)
    step('seek to the middle of the 64 MiB video in the player')
    const seek = await seekBytes(director, due[0]!)
    results.seek = seek
    add(
      'seek to middle: bytes transferred',
      mib(seek.bytes),
      mib(64 * 1024 * 1024),
      'MiB',
      '≤ 5 % of the file',
      seek.bytes <= 0.05 * 64 * 1024 * 1024,
      2,
    )

    step('a second API instance with a media worker makes the review rendition; the same seek on it')
    const worker = await startApi(api.dir, { env: { MEDIA_WORKERS: '1' } })
    const media = await mediaDone(api.url, token, due[0]!)
    const reviewSeek = await seekBytes(director, due[0]!)
    const rendition = await renditionFigures(api.url, token, due[0]!, media.duration_s ?? 60)
    await stop(worker.proc)
    results.reviewSeek = { media, seek: reviewSeek, rendition }
    add(
      'seek to middle, review rendition: share of the original',
      (100 * reviewSeek.bytes) / fileSize(video),
      (100 * seek.bytes) / fileSize(video),
      '%',
      '≤ 5 %',
      reviewSeek.bytes <= 0.05 * fileSize(video) && rendition.servedAs === 'review',
      2,
    )
    add(
      'review rendition bitrate (of a 64 MiB 720p minute)',
      rendition.reviewKbps,
      (rendition.originalBytes * 8) / (media.duration_s ?? 60) / 1000,
      'kbit/s',
      '≤ 2000',
      rendition.reviewKbps <= 2000,
      0,
    )
  }
  for (const context of Object.values(users)) await context.close()
  await browser.close()
  await stop(portal.proc)
  await stop(api.proc)
  rmSync(api.dir, { recursive: true, force: true })
}

// ---- media pipeline: a minute of 1080p, the API meanwhile
const minute = on('media') ? video1080p() : undefined
if (!minute) {
  if (on('media')) console.log('ffmpeg is not available: the media pipeline measures are skipped')
} else {
  step('media pipeline: a minute of 1080p video, the API under load meanwhile')
  const m = await startApi()
  await queueDrained(m.url)
  const t = await directorToken(m.url)
  const list = (await (
    await fetch(`${m.url}/reports/general/filter/null/null/null`, { headers: { authorization: `Bearer ${t}` } })
  ).json()) as any
  const ref = list.data.reports.important[0].ref_key as string
  const light = list.data.reports.general[0].ref_key as string
  const run = await measureProcessing(m.url, m.proc.pid!, t, ref, light, minute)
  const rendition = await renditionFigures(m.url, t, ref, run.videoSeconds)
  await stop(m.proc)
  rmSync(m.dir, { recursive: true, force: true })
  results.media = { run, rendition }
  add(
    'media: processing time per minute of 1080p',
    run.secondsPerMinute,
    60,
    's',
    'shown (floor: real time)',
    undefined,
  )
  add(
    `light endpoint p95 while a job runs${run.busyInsideJob ? '' : ' (job ended during the load)'}`,
    run.busy.p95,
    run.idle.p95,
    'ms',
    '≤ 2× idle',
    run.busy.p95 <= 2 * run.idle.p95,
  )
  add(
    'review rendition bitrate (of a 1080p 8 Mbit/s minute)',
    rendition.reviewKbps,
    8128,
    'kbit/s',
    '≤ 2000',
    rendition.reviewKbps <= 2000,
    0,
  )
  add(
    'API peak RSS during processing',
    mib(run.peakRssApi),
    mib(run.baseRssApi),
    'MiB',
    'shown (floor: before)',
    undefined,
  )
  add('API + ffmpeg peak RSS during processing', mib(run.peakRssWithFfmpeg), NaN, 'MiB', 'shown', undefined)
}

// ---- 1C bulk sync: items/s of POST /1c/sync at 10,000 and 20,000 items against one PUT per item, on SQLite
// and (when TEST_DATABASE_URL names a server) on PostgreSQL.
async function measureBulkSync(onPostgres: boolean) {
  const on = onPostgres ? ' (PostgreSQL)' : ''
  step(`1C bulk sync: POST /1c/sync of 10,001 and 20,001 items, against one PUT per item${on}`)
  const schema = onPostgres ? await createSchema(process.env.TEST_DATABASE_URL!, 'forte_bench') : null
  const s = await startApi(undefined, { databaseUrl: schema?.databaseUrl, env: { MEDIA_WORKERS: '0' } })
  const perPut = await measurePutPerItem(s.url, 250)
  const runs = [
    await measureSync(s.url, s.proc.pid!, 5_000, 'bench-5k', '18054000985'),
    await measureSync(s.url, s.proc.pid!, 10_000, 'bench-10k', '18054000986'),
  ]
  await stop(s.proc)
  rmSync(s.dir, { recursive: true, force: true })
  await schema?.drop()
  for (const r of runs) {
    const what = `/1c/sync ${r.items} items (vehicles + reports)${on}`
    add(
      `${what}, first load`,
      r.itemsPerSecond,
      perPut.itemsPerSecond,
      'items/s',
      '≥ 10× one PUT each',
      r.itemsPerSecond >= 10 * perPut.itemsPerSecond,
      0,
    )
    add(
      `${what}, again (all unchanged)`,
      r.againItemsPerSecond,
      perPut.itemsPerSecond,
      'items/s',
      'shown',
      undefined,
      0,
    )
    add(`${what}, API RSS growth`, mib(r.rssGrowth), NaN, 'MiB', '< 64 MiB', r.rssGrowth < 64 * 1024 * 1024)
  }
  return { perPut, runs }
}
if (on('sync')) {
  results.bulkSync = await measureBulkSync(false)
  if (process.env.TEST_DATABASE_URL) results.bulkSyncPostgres = await measureBulkSync(true)
}

// ---- API latency at 1,000 / 10,000 / 100,000 reports of one company, on SQLite, and on PostgreSQL
// (10,000 / 100,000) when TEST_DATABASE_URL names a server: each run in a schema of its own.
const sizes = on('latency') ? (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number) : []
const pgSizes =
  on('latency') && process.env.TEST_DATABASE_URL
    ? (process.env.BENCH_PG_SIZES ?? '10000,100000').split(',').map(Number)
    : []
const latency: Record<number, unknown> = {}
const latencyPg: Record<number, unknown> = {}

/** Seeds `n` reports into a fresh database, then loads the API and the floor with the same request. */
async function measureLatency(n: number, onPostgres: boolean) {
  const label = onPostgres ? 'PostgreSQL' : 'SQLite'
  step(`API /reports/general/filter with ${n} reports of one company (${label})`)
  const schema = onPostgres ? await createSchema(process.env.TEST_DATABASE_URL!, 'forte_bench') : null
  // No media worker: the seeded submissions have no files, and failing them one by one is not the answer's work.
  const env = { MEDIA_WORKERS: '0' }
  const big = await startApi(undefined, { databaseUrl: schema?.databaseUrl, env })
  await stop(big.proc) // seed while no server holds the database
  await seedScale(big.databaseUrl, n, ['--demo-share', '1'])
  const again = await startApi(big.dir, { databaseUrl: big.databaseUrl, env })
  const t = { authorization: `Bearer ${await directorToken(again.url)}` }
  const seconds = n >= 100_000 ? 20 : 8
  // CPU time per answer besides the wall-clock figures: on a shared machine it is the steadier one.
  const cpuPerRequest = async (pid: number, run: () => Promise<Load>) => {
    const before = cpuMs(pid)
    const result = await run()
    return { ...result, cpuMs: (cpuMs(pid) - before) / Math.max(1, result.requests) }
  }
  const ours = await cpuPerRequest(again.proc.pid!, () =>
    load(`${again.url}/reports/general/filter/null/null/null`, t, seconds),
  )
  const stats = await measureStats(again.url, t.authorization.slice('Bearer '.length))
  const floorServer = await startFloorServer(big.databaseUrl, DEMO_BIN)
  const floor = await cpuPerRequest(floorServer.pid, () => load(floorServer.url, {}, seconds))
  await floorServer.close()
  await stop(again.proc)
  rmSync(big.dir, { recursive: true, force: true })
  await schema?.drop()
  const on = onPostgres ? ' (PostgreSQL)' : ''
  const count = floorServer.count
  add(`API p50, ${count} reports${on}`, ours.p50, floor.p50, 'ms', '≤ 2× floor', ours.p50 <= 2 * floor.p50)
  add(`API p95, ${count} reports${on}`, ours.p95, floor.p95, 'ms', '≤ 2× floor', ours.p95 <= 2 * floor.p95)
  add(`API req/s, ${count} reports${on}`, ours.rps, floor.rps, 'req/s', '≥ 0.5× floor', ours.rps >= 0.5 * floor.rps)
  add(`API answer size, ${count} reports${on}`, kib(ours.bytes), kib(floor.bytes), 'KiB', 'shown', undefined)
  add(`API CPU per answer, ${count} reports${on}`, ours.cpuMs, floor.cpuMs, 'ms', 'shown', undefined, 0)
  // The insight endpoints, one request at a time: under 200 ms at 100,000 reports (api-contract.md).
  for (const [name, m] of [
    ['/reports/stats', stats.company],
    ['/1c/stats', stats.all],
  ] as const)
    add(`${name} p95, ${count} reports${on}`, m.p95, NaN, 'ms', `< ${STATS_BUDGET_MS} ms`, m.p95 < STATS_BUDGET_MS)
  return { reports: count, ours, floor, stats }
}

// Each size on SQLite, then on PostgreSQL, so the two sit side by side in the table.
for (const n of [...new Set([...sizes, ...pgSizes])].sort((x, y) => x - y)) {
  if (sizes.includes(n)) latency[n] = await measureLatency(n, false)
  if (pgSizes.includes(n)) latencyPg[n] = await measureLatency(n, true)
}
if (pgSizes.length) results.apiLatencyPostgres = latencyPg
else console.log('PostgreSQL latency skipped: set TEST_DATABASE_URL to measure the API on PostgreSQL too')
results.apiLatency = latency
// Latency should grow no faster than the answer: compare per-KiB latency of the largest and smallest runs.
// The floor's own growth stands beside ours; so does CPU time per KiB, the steadier figure on a busy machine.
type Measured = Load & { cpuMs: number }
const runs = Object.values(latency) as { ours: Measured; floor: Measured }[]
if (runs.length >= 2) {
  const growth = (side: 'ours' | 'floor', of: 'p50' | 'cpuMs') => {
    const perKib = (m: Measured) => m[of] / kib(m.bytes)
    return perKib(runs.at(-1)![side]) / perKib(runs[0]![side])
  }
  const latencyGrowth = growth('ours', 'p50')
  results.latencyPerKibGrowth = latencyGrowth
  add(
    'API latency per KiB of answer, largest ÷ smallest',
    latencyGrowth,
    growth('floor', 'p50'),
    '×',
    '≤ 1.2× (linear)',
    latencyGrowth <= 1.2,
    2,
  )
  add(
    'API CPU per KiB of answer, largest ÷ smallest',
    growth('ours', 'cpuMs'),
    growth('floor', 'cpuMs'),
    '×',
    'shown',
    undefined,
    2,
  )
}

console.log()
printTable(rows)
writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify({ ...results, table: rows }, null, 2))
console.log(`\nbench/results.json written`)
process.exit(0)
