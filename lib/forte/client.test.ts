import { AsyncLocalStorage } from 'node:async_hooks'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectGarbage } from '@/server/test/gc'
import { loginDirector, startApi, type StartedApi } from '@/server/test/helper'
import { ForteApiError, ForteMalformedError, ForteTimeoutError, ForteUnavailableError } from './errors'
import { listEmployees } from './employees'
import { getGeneralReports, getVehicleReports } from './reports'

const useApi = (url: string) => {
  process.env.FORTE_API_URL = url
}

describe('lib/forte against the real API server', () => {
  let api: StartedApi
  let token: string
  beforeAll(async () => {
    api = await startApi()
    token = (await loginDirector(api.url)).access_token
  })
  afterAll(() => api.close())

  it('reads and validates the reports of the signed-in company', async () => {
    useApi(api.url)
    const data = await getGeneralReports({ kind: 'bearer', token })
    expect(data.reports.important.length + data.reports.general.length).toBeGreaterThan(0)
    expect(data.filter.status['1']).toBe('Сдать Отчет')
  })

  it('calls that have their answers let go of the renders they were made in, long before their deadlines', async () => {
    useApi(api.url)
    // Each page render runs in an async context holding its data; a pending deadline timer would keep it.
    // A pooled connection keeps the context it was opened in, so one or two may stay: not thirty.
    const context = new AsyncLocalStorage<{ page: Uint8Array }>()
    const pages: WeakRef<Uint8Array>[] = []
    for (let i = 0; i < 30; i++) {
      const store = { page: new Uint8Array(1 << 20) }
      pages.push(new WeakRef(store.page))
      await context.run(store, () => getGeneralReports({ kind: 'bearer', token }))
    }
    await new Promise((r) => setTimeout(r, 10))
    collectGarbage()
    expect(pages.filter((p) => p.deref()).length).toBeLessThanOrEqual(3)
  })

  it('gives undefined for a vehicle that is not ours, so the page can show not-found', async () => {
    useApi(api.url)
    expect(await getVehicleReports({ kind: 'bearer', token }, 'no-such-vehicle')).toBeUndefined()
  })

  it('turns the error envelope into ForteApiError with the status and message', async () => {
    useApi(api.url)
    const err = await listEmployees({ kind: 'bearer', token: 'not-a-token' }).catch((e) => e)
    expect(err).toBeInstanceOf(ForteApiError)
    expect(err.status).toBe(401)
    expect(err.message).not.toBe('')
  })
})

describe('lib/forte against a peer that misbehaves on purpose', () => {
  let peer: Server
  let url: string
  beforeAll(async () => {
    peer = createServer((req, res) => {
      if (req.url?.startsWith('/employee/list') && req.headers['x-mode'] === undefined) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"status":"ok","data":{"message":"success","code":200,"employees":[{"id":"x"}]}}')
      } else if (req.url?.startsWith('/reports/general')) {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy error page</html>')
      } else {
        setTimeout(() => res.end('{}'), 3_000) // slower than the caller is willing to wait
      }
    })
    await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(peer.address() as AddressInfo).port}`
  })
  afterAll(
    () =>
      new Promise<void>((r) => {
        peer.closeAllConnections()
        peer.close(() => r())
      }),
  )

  const auth = { kind: 'bearer', token: 't', role: 'director' } as const

  it('an answer of the wrong shape is ForteMalformedError, not a crash', async () => {
    useApi(url)
    await expect(listEmployees(auth)).rejects.toBeInstanceOf(ForteMalformedError)
  })

  it('an HTML page instead of JSON is ForteMalformedError', async () => {
    useApi(url)
    await expect(getGeneralReports(auth)).rejects.toBeInstanceOf(ForteMalformedError)
  })

  it('a slow API is ForteTimeoutError', async () => {
    useApi(url)
    const { forteJson } = await import('./client')
    const { messageOnlySchema } = await import('./schemas/employees')
    await expect(forteJson('/slow', messageOnlySchema, { auth, timeoutMs: 200 })).rejects.toBeInstanceOf(
      ForteTimeoutError,
    )
  })

  it('a closed port is ForteUnavailableError', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((r) => closed.close(() => r()))
    useApi(`http://127.0.0.1:${port}`)
    await expect(listEmployees(auth)).rejects.toBeInstanceOf(ForteUnavailableError)
  })
})
