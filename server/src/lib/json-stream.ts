import { Readable } from 'node:stream'

/** Text is handed to the socket in pieces of about this size (a few rows' worth, never the whole answer). */
const CHUNK_CHARS = 64 * 1024
/** Arrays this deep (envelope → data → reports → important) are written a batch of elements at a time. */
const MAX_DEPTH = 4
/** Rows in a list's first batch; later batches are sized from it to come out near CHUNK_CHARS. */
const FIRST_BATCH = 64
const MAX_BATCH = 8192

/**
 * A list whose JSON text is already written, a batch of rows at a time (`add`): a 100,000-row answer
 * is then kept as text, not as 100,000 objects the garbage collector walks for as long as the answer
 * is being read and written. Where it stands in an answer, `pieces` writes `[` + the text + `]`.
 */
export class JsonRows {
  private readonly parts: string[] = []
  private count = 0

  /** Appends a batch of rows (as JSON.stringify writes each of them). */
  add(batch: readonly unknown[]) {
    if (!batch.length) return
    this.parts.push(JSON.stringify(batch).slice(1, -1)) // `[a,b]` without its brackets
    this.count += batch.length
  }

  get length() {
    return this.count
  }

  *text(): Generator<string> {
    yield '['
    for (let i = 0; i < this.parts.length; i++) yield i ? `,${this.parts[i]}` : this.parts[i]!
    yield ']'
  }

  /** The rows again, for a JSON.stringify that meets the list (answers go out through `jsonText`/`jsonStream`). */
  toJSON(): unknown[] {
    return JSON.parse([...this.text()].join('')) as unknown[]
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function'

/**
 * The JSON text of `value` in pieces, the same text JSON.stringify gives: objects and arrays near
 * the top are walked, each element below is stringified on its own.
 */
function* pieces(value: unknown, depth: number): Generator<string> {
  if (value instanceof JsonRows) {
    yield* value.text()
    return
  }
  if (depth >= MAX_DEPTH || !(Array.isArray(value) || isPlainObject(value))) {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  if (Array.isArray(value) && depth + 1 >= MAX_DEPTH) {
    yield* batches(value)
    return
  }
  if (Array.isArray(value)) {
    yield '['
    for (let i = 0; i < value.length; i++) {
      if (i) yield ','
      yield* pieces(value[i], depth + 1)
    }
    yield ']'
    return
  }
  yield '{'
  let first = true
  for (const [k, v] of Object.entries(value)) {
    // JSON.stringify leaves out keys whose value has no JSON form.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue
    yield `${first ? '' : ','}${JSON.stringify(k)}:`
    first = false
    yield* pieces(v, depth + 1)
  }
  yield '}'
}

/**
 * A list of rows, one JSON.stringify per batch of about CHUNK_CHARS of text: far cheaper than a call
 * (and a generator step) per row, and still never the whole list at once.
 */
function* batches(rows: unknown[]): Generator<string> {
  yield '['
  let size = FIRST_BATCH
  for (let i = 0; i < rows.length;) {
    // `[a,b]` of the batch without its brackets: exactly the rows' text, joined by commas.
    const text = JSON.stringify(rows.slice(i, i + size))
    if (i) yield ','
    yield text.slice(1, -1)
    i += size
    size = Math.min(MAX_BATCH, Math.max(1, Math.round((size * CHUNK_CHARS) / text.length)))
  }
  yield ']'
}

/** `pieces` gathered into chunks of about CHUNK_CHARS. */
function* chunks(value: unknown): Generator<string> {
  let buffer = ''
  for (const p of pieces(value, 0)) {
    buffer += p
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer) yield buffer
}

/**
 * `value` as a stream of JSON text, written a batch of rows at a time as the socket takes it
 * (Readable.from pulls the next chunk only when the last one has been read): a 100,000-report answer
 * never exists as one 60 MB string. Parses to exactly what JSON.stringify(value) parses to.
 */
export const jsonStream = (value: unknown): Readable => Readable.from(chunks(value), { objectMode: false })

/** `value`'s JSON text whole (a small answer), the same text JSON.stringify gives; JsonRows are written as they are. */
export const jsonText = (value: unknown): string => [...chunks(value)].join('')

/** Number of elements in the arrays near the top of `value` (how big its answer will be, cheaply: rows are not opened). */
export function rowCount(value: unknown, depth = 0): number {
  if (depth >= MAX_DEPTH) return 0
  if (Array.isArray(value) || value instanceof JsonRows) return value.length
  if (isPlainObject(value)) return Object.values(value).reduce<number>((n, v) => n + rowCount(v, depth + 1), 0)
  return 0
}
