import { jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { ROUTE_DOCS } from './route-docs.js'
import { STATUS_DESCRIPTIONS } from './responses.js'

type TransformObjectInput = Parameters<typeof jsonSchemaTransformObject>[0]
type Operation = {
  responses?: Record<string, { description?: string; content?: Record<string, { examples?: object }> }>
  requestBody?: { content?: Record<string, unknown> }
}
type Document = { paths?: Record<string, Record<string, Operation>> } & Record<string, unknown>

/** The reference page (@fastify/swagger-ui hides its own routes): listed so that every endpoint is in the document. */
const DOCS_PATH = {
  get: {
    operationId: 'getDocs',
    summary: 'This reference as an interactive page (Swagger UI), rendered from /openapi.json',
    tags: ['meta'],
    security: [],
    responses: {
      200: { description: 'An HTML page', content: { 'text/html': { schema: { type: 'string' } } } },
    },
  },
}

/**
 * The swagger object transform: the registered zod schemas become components.schemas (so every `$ref`
 * resolves), responses get a description of what their status means, and the routes listed in
 * ROUTE_DOCS get their examples and request bodies.
 */
export function documentObject(input: TransformObjectInput): Document {
  const doc = jsonSchemaTransformObject(input) as Document
  const paths = { ...doc.paths, '/docs': DOCS_PATH } as Record<string, Record<string, Operation>>
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (!response.description || response.description === 'Default Response')
          response.description = STATUS_DESCRIPTIONS[status] ?? 'Answer'
      }
      const extra = ROUTE_DOCS[`${method.toUpperCase()} ${path}`]
      if (!extra) continue
      if (extra.requestBody) op.requestBody = extra.requestBody
      const json = op.requestBody?.content?.['application/json']
      for (const type of extra.alsoConsumes ?? []) if (json) op.requestBody!.content![type] = json
      for (const [status, examples] of Object.entries(extra.examples ?? {})) {
        const json = op.responses?.[status]?.content?.['application/json']
        if (json) json.examples = examples
      }
    }
  }
  return withoutUnusedSchemas({ ...doc, paths })
}

const REF = /"\$ref":"#\/components\/schemas\/([^"]+)"/g
const refsIn = (value: unknown) => [...JSON.stringify(value).matchAll(REF)].map((m) => m[1]!)

/**
 * zod registers each named schema twice (as input and as output); only those the paths reach, directly or
 * through another schema, stay in components.schemas.
 */
function withoutUnusedSchemas(doc: Document): Document {
  const components = doc.components as { schemas?: Record<string, unknown> } | undefined
  const all = components?.schemas ?? {}
  const used = new Set<string>()
  const pending = refsIn(doc.paths)
  while (pending.length) {
    const name = pending.pop()!
    if (used.has(name) || !(name in all)) continue
    used.add(name)
    pending.push(...refsIn(all[name]))
  }
  const schemas = Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)))
  return { ...doc, components: { ...components, schemas } }
}
