import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import autocannon from 'autocannon'
import SQLite from 'better-sqlite3'

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

/**
 * The floor: the same rows read by one SQL query and serialized with JSON.stringify, served by a
 * bare node:http server in this process. Anything the API does beyond that is its own overhead.
 */
export async function startFloorServer(sqliteFile: string, biin: string) {
  const db = new SQLite(sqliteFile, { readonly: true })
  const stmt = db.prepare(`
    SELECT r.ref_key, r.report_number, r.contract_number, r.date_start, r.date_finish, r.status_code,
           r.reject_reason, v.vin_code, v.plate_number, v.guid AS vehicle_guid, v.vehicle_type_code
    FROM reports r JOIN vehicles v ON v.guid = r.vehicle_guid JOIN companies c ON c.id = r.company_id
    WHERE c.biin = ? ORDER BY r.date_finish DESC`)
  const server = createServer((_req, res) => {
    const body = JSON.stringify({ status: 'ok', data: { reports: stmt.all(biin) } })
    res.writeHead(200, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const count = (
    db
      .prepare('SELECT count(*) AS n FROM reports r JOIN companies c ON c.id = r.company_id WHERE c.biin = ?')
      .get(biin) as { n: number }
  ).n
  return {
    url,
    count,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => {
          db.close()
          r()
        })
      }),
  }
}
