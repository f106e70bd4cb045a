import type { ChildProcess } from 'node:child_process'
import type { BrowserContext } from '@playwright/test'
import autocannon from 'autocannon'
import { apiCallsDuring } from '../e2e/support/api-process'
import { treeRss } from './lib/processes'
import type { Api } from './lib/stack'

/** API calls per page view: `views` loads of `path` in the browser (prefetches included), counted in the API's log. */
export async function apiCallsPerView(api: Api, context: BrowserContext, path: string, views = 5) {
  const page = await context.newPage()
  const calls = await apiCallsDuring(api.url, api.logFile, async () => {
    for (let i = 0; i < views; i++) await page.goto(path, { waitUntil: 'networkidle' })
  })
  await page.close()
  return { perView: calls.length / views, calls: [...new Set(calls.map((c) => c.replace(/\?.*$/, '')))] }
}

export type PortalLoad = { rps: number; p50: number; p99: number; peakRss: number; baseRss: number; requests: number }

/** `connections` closed-loop connections on `url` for `seconds` with the session `cookie`; the portal's peak RSS meanwhile. */
export async function portalLoad(
  url: string,
  cookie: string,
  portal: ChildProcess,
  connections = 20,
  seconds = 20,
): Promise<PortalLoad> {
  const baseRss = treeRss(portal.pid!)
  let peakRss = baseRss
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(portal.pid!))
  }, 100)
  try {
    const r = await autocannon({ url, headers: { cookie }, connections, duration: seconds, timeout: 60 })
    if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`)
    return {
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      peakRss,
      baseRss,
      requests: r.requests.total,
    }
  } finally {
    clearInterval(timer)
  }
}
