import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_TYPES_FILE, apiTypesOf } from '@/server/src/openapi/api-types'
import { servedDocument } from '@/server/src/openapi/served-document'

const root = path.resolve(import.meta.dirname, '../..')

describe('lib/forte/api-types.ts', () => {
  it("is what openapi-typescript makes of the server's /openapi.json today (else: npm run gen:api-types)", async () => {
    const fresh = await apiTypesOf(await servedDocument(), root)
    expect(readFileSync(path.join(root, API_TYPES_FILE), 'utf8')).toBe(fresh)
  })
})
