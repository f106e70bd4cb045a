import type { FastifySchema } from 'fastify'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'
import { operationIdOf } from './operation-id.js'
import { implicitErrors } from './responses.js'

type TransformInput = Parameters<typeof jsonSchemaTransform>[0]
type Schema = FastifySchema & {
  hide?: boolean
  operationId?: string
  security?: Record<string, string[]>[]
}

/**
 * The swagger transform of every route, the one place that completes what routes leave out:
 * an operationId from the method and URL, `security: []` for public routes (said, not implied),
 * and the error answers a route gives by its shape (see implicitErrors). Then the zod schemas become
 * JSON Schema, with `$ref`s to the registered ones (components.schemas, see document.ts).
 */
export function documentRoute(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const schema = input.schema as Schema | undefined
  if (!schema || schema.hide) return jsonSchemaTransform(input)
  const method = String(input.route.method)
  const completed: Schema = {
    ...schema,
    operationId: schema.operationId ?? operationIdOf(method, input.url),
    security: schema.security ?? [],
    response: { ...implicitErrors(schema), ...(schema.response as object | undefined) },
  }
  return jsonSchemaTransform({ ...input, schema: completed })
}
