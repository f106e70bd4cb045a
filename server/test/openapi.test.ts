import { compileErrors, dereference, validate } from '@readme/openapi-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { basic1C, bearer, fileApi, loginDirector } from './helper.js'
import * as seed from './fixtures/seed-examples.js'

type Operation = {
  operationId?: string
  summary?: string
  security?: Record<string, string[]>[]
  parameters?: { in: string; name: string }[]
  requestBody?: { content: Record<string, unknown> }
  responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }>
}
type Doc = { paths: Record<string, Record<string, Operation>> }

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head']

const api = fileApi()
let doc: Doc
beforeAll(async () => {
  const res = await fetch(`${api.url}/openapi.json`)
  expect(res.status).toBe(200)
  doc = await res.json()
})

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ path, method, op })),
  )

/** Fastify's `/a/:b` as the document writes it: `/a/{b}`. */
const openapiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')

describe('GET /openapi.json', () => {
  it('validates as OpenAPI 3.1, and dereferences with no $ref left', async () => {
    const result = await validate(structuredClone(doc) as never)
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
    const deref = await dereference(structuredClone(doc) as never)
    expect(JSON.stringify(deref)).not.toContain('"$ref"')
    expect((doc as unknown as { openapi: string }).openapi).toBe('3.1.0')
  })

  it('gives every operation a unique operationId, a summary, its security and error answers', () => {
    const ids = new Set<string>()
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`
      expect(op.operationId, where).toMatch(/^[A-Za-z][A-Za-z0-9]*$/)
      expect(ids.has(op.operationId!), `${where}: duplicate operationId`).toBe(false)
      ids.add(op.operationId!)
      expect(op.summary, where).toBeTruthy()
      expect(Array.isArray(op.security), `${where}: security`).toBe(true)
      const codes = Object.keys(op.responses)
      expect(
        codes.some((c) => c.startsWith('2')),
        `${where}: a 2xx`,
      ).toBe(true)
      if (op.security!.length) expect(codes, `${where}: secured, so 401`).toContain('401')
      if (op.parameters?.length || op.requestBody) expect(codes, `${where}: takes input, so 422`).toContain('422')
    }
  })

  it('lists every route the server registers, and only those', () => {
    const routes = api.app.registeredRoutes
    const gets = new Set(routes.filter((r) => r.method === 'GET').map((r) => r.url))
    const documented = new Set(operations().map(({ path, method }) => `${method.toUpperCase()} ${path}`))
    const templates = operations().map(({ path, method }) => ({ path, method: method.toUpperCase() }))
    const missing: string[] = []
    for (const r of routes) {
      // Fastify answers HEAD for every GET by itself: the GET documents it.
      if (r.method === 'HEAD' && gets.has(r.url)) continue
      const key = `${r.method} ${openapiPath(r.url)}`
      if (documented.has(key)) continue
      // The reference page's own assets (scripts, styles, its copy of this document) under /docs/.
      if (r.url.startsWith('/docs/')) continue
      // A hidden shorter form of a documented path (its trailing segments left out: "no filter").
      const stem = openapiPath(r.url.replace(/\/\*$/, ''))
      if (r.hidden && templates.some((t) => t.method === r.method && t.path.startsWith(`${stem}/`))) continue
      missing.push(key)
    }
    expect(missing, 'registered but not in /openapi.json').toEqual([])

    const served = new Set(routes.map((r) => `${r.method} ${openapiPath(r.url)}`))
    expect(
      [...documented].filter((k) => !served.has(k)),
      'in /openapi.json but not registered',
    ).toEqual([])
  })

  it("attaches the seed's JSON examples to the seed endpoints", () => {
    const example = (path: string, method: string, status: string) =>
      Object.values(doc.paths[path]![method]!.responses[status]!.content!['application/json']!.examples!).map(
        (e) => e.value,
      )
    expect(example('/biin/{biin}', 'post', '200')).toEqual([seed.otpSent])
    expect(example('/auth', 'post', '200')).toEqual([seed.authAdmin, seed.authEmployee])
    expect(example('/refresh_token', 'post', '200')).toEqual([seed.authAdmin, seed.authEmployee])
    expect(example('/employee/list', 'get', '200')).toEqual([seed.employeeList])
    expect(example('/employee/delete/{id}', 'delete', '200')).toEqual([seed.employeeDelete])
    expect(example('/reports/general/filter/{status_code}/{date_range_code}/{vehicle_guid}', 'get', '200')).toEqual([
      seed.generalFilter,
    ])
    expect(example('/reports/vehicle/filter/{status_code}/{date_range_code}', 'get', '200')).toEqual([
      seed.vehicleFilter,
    ])
    expect(example('/reports/vehicle/select/{vehicle_guid}', 'get', '200')).toEqual([seed.vehicleSelect])
    expect(example('/reports/upload', 'post', '201')).toEqual([seed.upload])
  })

  it('documents every status the server answers to bad or missing credentials and bad input', async () => {
    const director = await loginDirector(api.url)
    const undocumented: string[] = []
    // Logging out would end the director's session for the later calls: it goes last.
    const ops = operations().sort((a, b) => Number(a.path === '/logout') - Number(b.path === '/logout'))
    for (const { path, method, op } of ops) {
      if (path === '/docs') continue // HTML, checked in the browser (e2e/api-docs.spec.ts)
      const url = api.url + path.replace(/\{[^}]+\}/g, 'x'.repeat(80))
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s))
      const auth: Record<string, string> = schemes.includes('bearer')
        ? bearer(director.access_token)
        : schemes.includes('basic1C')
          ? { authorization: basic1C() }
          : {}
      const body: Record<string, string> = op.requestBody ? { 'content-type': 'application/json' } : {}
      const tries: Record<string, string>[] = [{ ...auth, ...body }]
      if (schemes.length) tries.push({ ...body })
      for (const headers of tries) {
        const res = await fetch(url, {
          method: method.toUpperCase(),
          headers,
          body: op.requestBody ? '{"unexpected": true}' : undefined,
        })
        await res.arrayBuffer()
        if (!(String(res.status) in op.responses)) undocumented.push(`${method.toUpperCase()} ${path} → ${res.status}`)
      }
    }
    expect(undocumented).toEqual([])
  })
})
