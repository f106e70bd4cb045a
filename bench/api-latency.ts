import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createInterface } from 'node:readline'
import autocannon from 'autocannon'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { stop } from './lib/processes'

export type Load = { p50: number; p95: number; rps: number; bytes: number; requests: number }

/** Closed-loop load with autocannon: two connections for `seconds`. */
export async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Load> {
  const r = await autocannon({ url, headers, connections: 2, duration: seconds, timeout: 60 })
  // Figures of failed requests would flatter the server: refuse them.
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`)
  return {
    p50: r.latency.p50,
    p95: r.latency.p97_5 ?? r.latency.p99, // autocannon reports 97.5 and 99; the nearer one above 95
    rps: r.requests.average,
    bytes: r.throughput.total / Math.max(1, r.requests.total),
    requests: r.requests.total,
  }
}

const FLOOR_SQL = `
    SELECT r.ref_key, r.report_number, r.contract_number, r.date_start, r.date_finish, r.status_code,
           r.reject_reason, v.vin_code, v.plate_number, v.guid AS vehicle_guid, v.vehicle_type_code
    FROM reports r JOIN vehicles v ON v.guid = r.vehicle_guid JOIN companies c ON c.id = r.company_id
    WHERE c.biin = $1 ORDER BY r.date_finish DESC`
const COUNT_SQL = 'SELECT count(*) AS n FROM reports r JOIN companies c ON c.id = r.company_id WHERE c.biin = $1'

/** The rows the floor serves, read straight from the database (SQLite file or PostgreSQL URL). */
type FloorSource = {
  rows(biin: string): Promise<unknown[]>
  count(biin: string): Promise<number>
  close(): Promise<void>
}

function sqliteSource(file: string): FloorSource {
  const db = new SQLite(file, { readonly: true })
  const rows = db.prepare(FLOOR_SQL.replace('$1', '?'))
  const count = db.prepare(COUNT_SQL.replace('$1', '?'))
  return {
    rows: async (biin) => rows.all(biin),
    count: async (biin) => (count.get(biin) as { n: number }).n,
    close: async () => {
      db.close()
    },
  }
}

function postgresSource(databaseUrl: string): FloorSource {
  // As many connections as the load has: each request runs its query at once.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  return {
    rows: async (biin) => (await pool.query(FLOOR_SQL, [biin])).rows,
    count: async (biin) => Number((await pool.query(COUNT_SQL, [biin])).rows[0].n),
    close: () => pool.end(),
  }
}

/**
 * The floor: the same rows read by one SQL query and serialized with JSON.stringify, served by a
 * bare node:http server. Anything the API does beyond that is its own overhead. Run in its own
 * process (api-floor-server.ts), as the API is: sharing the bench's process with the load generator
 * would slow the floor down and flatter the API.
 */
export async function serveFloor(databaseUrl: string, biin: string) {
  const source = databaseUrl.startsWith('postgres')
    ? postgresSource(databaseUrl)
    : sqliteSource(databaseUrl.replace(/^file:/, ''))
  const server = createServer((_req, res) => {
    source.rows(biin).then(
      (reports) => {
        const body = JSON.stringify({ status: 'ok', data: { reports } })
        res.writeHead(200, { 'content-type': 'application/json' }).end(body)
      },
      () => res.writeHead(500).end(),
    )
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return { url, count: await source.count(biin) }
}

/** Starts the floor server in a child process; `count` is the number of rows it serves. */
export async function startFloorServer(databaseUrl: string, biin: string) {
  // stdin is a pipe the child watches: if the bench dies, the floor goes with it.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'api-floor-server.ts'), databaseUrl, biin],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  )
  // Its first line of output: `{"url": ..., "count": ...}`.
  const first = once(createInterface({ input: child.stdout! }), 'line') as Promise<[string]>
  const line = await Promise.race([first.then(([l]) => l), once(child, 'exit').then(() => null)])
  if (line === null) throw new Error('the floor server exited before it was ready')
  const { url, count } = JSON.parse(line) as { url: string; count: number }
  return { url, count, pid: child.pid!, close: () => stop(child) }
}
