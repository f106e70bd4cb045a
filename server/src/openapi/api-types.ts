import openapiTS, { astToString } from 'openapi-typescript'
import { format, resolveConfig } from 'prettier'

/** Where the portal's types of this API live (committed; `npm run gen:api-types` rewrites it). */
export const API_TYPES_FILE = 'lib/forte/api-types.ts'

const HEADER = `/**
 * Types of the ForteLeasing API, generated from its /openapi.json by openapi-typescript.
 * Do not edit: \`npm run gen:api-types\` rewrites this file, and a test fails when it is stale.
 */
`

/** The TypeScript of `doc` (an OpenAPI 3.1 document), formatted as the repository's other files. */
export async function apiTypesOf(doc: Record<string, unknown>, root: string): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true })
  const options = await resolveConfig(`${root}/${API_TYPES_FILE}`)
  return format(HEADER + astToString(ast), { ...options, parser: 'typescript' })
}
