/**
 * Structural comparison against the seed's examples: same keys, same value types, recursively.
 * Maps keyed by data (vehicle type guids, instruction numbers) compare by value shape, and an empty
 * map may be `[]` or `{}` (api-contract.md "Conventions").
 */

type Shape = string | Shape[] | { [k: string]: Shape }

const DATA_KEY = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

/** A value's shape: `"string"`, `"number"`, `"boolean"`, `"null"`, `[elementShape]`, `{key: shape}`. */
function shapeOf(v: unknown): Shape {
  if (v === null) return 'null'
  if (Array.isArray(v)) return v.length ? [shapeOf(v[0])] : []
  if (typeof v === 'object') {
    const entries = Object.entries(v as object)
    if (entries.length && entries.every(([k]) => DATA_KEY.test(k))) return { '<map>': shapeOf(entries[0]![1]) }
    return Object.fromEntries(entries.map(([k, x]) => [k, shapeOf(x)]))
  }
  return typeof v
}

const isEmptyMap = (s: Shape) =>
  (Array.isArray(s) && s.length === 0) || (typeof s === 'object' && !Array.isArray(s) && Object.keys(s).length === 0)

/**
 * Differences between the seed's shape and ours (empty = same). `allowExtra` lists dotted paths
 * (with `[]` for array items) where ours may carry keys the seed lacks.
 */
export function shapeDiff(seed: unknown, ours: unknown, allowExtra: string[] = [], at = '$'): string[] {
  return diff(shapeOf(seed), shapeOf(ours), allowExtra, at)
}

function diff(a: Shape, b: Shape, allowExtra: string[], at: string): string[] {
  if (typeof a === 'string' || typeof b === 'string')
    return a === b ? [] : [`${at}: seed ${JSON.stringify(a)}, ours ${JSON.stringify(b)}`]
  if (isEmptyMap(a) || isEmptyMap(b)) {
    // An empty list/map on either side carries no element shape to compare.
    return Array.isArray(a) === Array.isArray(b) || isEmptyMap(a) || isEmptyMap(b) ? [] : [`${at}: list vs object`]
  }
  if (Array.isArray(a) !== Array.isArray(b))
    return [`${at}: seed ${Array.isArray(a) ? 'list' : 'object'}, ours ${Array.isArray(b) ? 'list' : 'object'}`]
  if (Array.isArray(a) && Array.isArray(b)) return diff(a[0]!, b[0]!, allowExtra, `${at}[]`)
  const ao = a as Record<string, Shape>
  const bo = b as Record<string, Shape>
  const out: string[] = []
  for (const k of Object.keys(ao)) {
    if (!(k in bo)) out.push(`${at}.${k}: missing in ours`)
    else out.push(...diff(ao[k]!, bo[k]!, allowExtra, `${at}.${k}`))
  }
  for (const k of Object.keys(bo)) {
    if (!(k in ao) && !allowExtra.includes(`${at}.${k}`)) out.push(`${at}.${k}: not in the seed`)
  }
  return out
}
