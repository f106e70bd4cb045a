import { companyItem, fleet, fleetNdjson, reportItem, vehicleItem } from '../server/test/sync-fleet'
import { peakRssGrowth } from './lib/processes'

const STAFF = `Basic ${Buffer.from('admin_1C:pass_1C').toString('base64')}`

export type SyncRun = {
  items: number
  status: number
  seconds: number
  itemsPerSecond: number
  /** The same call again: every item unchanged, nothing written. */
  againItemsPerSecond: number
  rssGrowth: number
}

async function post(url: string, body: string): Promise<{ status: number; seconds: number; data: any }> {
  const t0 = performance.now()
  const res = await fetch(`${url}/1c/sync`, {
    method: 'POST',
    headers: { authorization: STAFF, 'content-type': 'application/x-ndjson' },
    body,
  })
  const json = (await res.json()) as { data: any }
  return { status: res.status, seconds: (performance.now() - t0) / 1000, data: json.data }
}

/**
 * POST /1c/sync of a company, `n` vehicles and their `n` reports (2n + 1 items) in one NDJSON call on a
 * fleet of its own (`prefix` for its keys, `biin`: the first 11 digits of its BIN), then the same call again; items/s of each and the API's peak RSS growth.
 */
export async function measureSync(url: string, pid: number, n: number, prefix: string, biin: string): Promise<SyncRun> {
  const f = fleet(prefix, biin)
  const body = fleetNdjson(f, n)
  const items = 2 * n + 1
  const { result: first, growth } = await peakRssGrowth(pid, () => post(url, body))
  if (first.data.created !== items)
    throw new Error(`sync of ${items} items: ${JSON.stringify(first.data).slice(0, 300)}`)
  const again = await post(url, body)
  return {
    items,
    status: first.status,
    seconds: first.seconds,
    itemsPerSecond: items / first.seconds,
    againItemsPerSecond: items / again.seconds,
    rssGrowth: growth,
  }
}

/** The floor: the same kind of items pushed the old way, one PUT each (company, `n` vehicles, `n` reports). */
export async function measurePutPerItem(url: string, n: number): Promise<{ items: number; itemsPerSecond: number }> {
  const f = fleet('bench-put', '18054000980')
  const put = async (path: string, body: object) => {
    const res = await fetch(`${url}/1c${path}`, {
      method: 'PUT',
      headers: { authorization: STAFF, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (res.status !== 201) throw new Error(`PUT ${path}: ${res.status} ${await res.text()}`)
  }
  const t0 = performance.now()
  const { biin, ...company } = companyItem(f)
  await put(`/companies/${biin}`, company)
  for (let i = 0; i < n; i++) {
    const { vehicle_guid, ...vehicle } = vehicleItem(f, i)
    await put(`/vehicles/${vehicle_guid}`, vehicle)
  }
  for (let i = 0; i < n; i++) {
    const { ref_key, ...report } = reportItem(f, i)
    await put(`/reports/${ref_key}`, report)
  }
  const items = 2 * n + 1
  return { items, itemsPerSecond: items / ((performance.now() - t0) / 1000) }
}
