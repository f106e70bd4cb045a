import { StringDecoder } from 'node:string_decoder'
import { ApiError, badRequest, invalid } from './errors.js'

/**
 * Items read one at a time from a request body that is never held whole: NDJSON lines, or the elements
 * of a JSON object's arrays (`{"companies": [...], "vehicles": [...]}`). Each item's text is kept only
 * until the caller has taken it; an item longer than `maxItemChars` is skipped (its text is null) rather
 * than buffered.
 */
export interface RawItem {
  /** NDJSON: the 0-based line number. JSON: the position in its array. */
  index: number
  /** JSON: the kind its array holds; NDJSON: undefined (the line says it). */
  kind?: string
  /** The item's JSON text, or null when it was longer than the limit. */
  text: string | null
}

interface Limits {
  /** The whole body, in bytes: past it the call is refused (413). */
  maxBytes: number
  /** One item, in characters. */
  maxItemChars: number
}

const tooLarge = (maxBytes: number) =>
  new ApiError(413, `Request body is too large (at most ${Math.floor(maxBytes / (1024 * 1024))} MiB).`)

/** The body as text, in the pieces it arrives in, refused past `maxBytes`. */
async function* textOf(body: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  let bytes = 0
  const chunks = body[Symbol.asyncIterator]()
  for (;;) {
    let next: IteratorResult<Buffer | string>
    try {
      next = await chunks.next()
    } catch {
      throw badRequest('The request body was cut short.')
    }
    if (next.done) break
    const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value
    bytes += buf.length
    if (bytes > maxBytes) throw tooLarge(maxBytes)
    yield decoder.write(buf)
  }
  yield decoder.end()
}

/** NDJSON: one JSON value a line (`\n` or `\r\n`); blank lines are skipped but keep their number. */
export async function* ndjsonItems(body: AsyncIterable<Buffer | string>, limits: Limits): AsyncGenerator<RawItem> {
  let line = ''
  let overflow = false
  let index = 0
  const take = (): RawItem | null => {
    const text = overflow ? null : line.trim()
    const item = text === '' ? null : { index, text }
    index++
    line = ''
    overflow = false
    return item
  }
  for await (const piece of textOf(body, limits.maxBytes)) {
    let from = 0
    for (let nl = piece.indexOf('\n'); nl >= 0; nl = piece.indexOf('\n', from)) {
      if (!overflow) line += piece.slice(from, nl)
      from = nl + 1
      if (line.length > limits.maxItemChars) overflow = true
      const item = take()
      if (item) yield item
    }
    if (!overflow) line += piece.slice(from)
    if (line.length > limits.maxItemChars) overflow = true
  }
  const last = take()
  if (last) yield last
}

type State =
  | 'start'
  | 'key-or-end'
  | 'key'
  | 'colon'
  | 'array'
  | 'item-or-end'
  | 'item-start'
  | 'item'
  | 'after-item'
  | 'after-value'
  | 'next-key'
  | 'done'
const WS = new Set([' ', '\t', '\n', '\r'])
const malformed = () => badRequest('Malformed JSON body.')

/**
 * JSON: `{"<array>": [item, ...], ...}` with the arrays named in `arrays` (name → kind). A small
 * scanner finds where each item starts and ends (strings and nesting tracked), so only the current item
 * is in memory; JSON.parse reads the item itself. Anything else in the body's outer shape is a 400,
 * an unknown top-level key a 422.
 */
export async function* jsonItems(
  body: AsyncIterable<Buffer | string>,
  arrays: Record<string, string>,
  limits: Limits,
): AsyncGenerator<RawItem> {
  let state: State = 'start'
  let key = ''
  let kind = ''
  const counts: Record<string, number> = {}
  // The current item: its text (until too long), nesting depth, and whether we are inside a string.
  let text = ''
  let overflow = false
  let depth = 0
  let inString = false
  let escaped = false
  const out: RawItem[] = []
  const finishItem = () => {
    const index = counts[kind] ?? 0
    counts[kind] = index + 1
    out.push({ index, kind, text: overflow ? null : text })
    text = ''
    overflow = false
  }

  for await (const piece of textOf(body, limits.maxBytes)) {
    for (let i = 0; i < piece.length; i++) {
      const ch = piece[i]!
      switch (state) {
        case 'item': {
          if (!overflow) {
            text += ch
            if (text.length > limits.maxItemChars) overflow = true
          }
          if (inString) {
            if (escaped) escaped = false
            else if (ch === '\\') escaped = true
            else if (ch === '"') inString = false
          } else if (ch === '"') inString = true
          else if (ch === '{' || ch === '[') depth++
          else if (ch === '}' || ch === ']') {
            if (depth === 0 && ch === '}') throw malformed()
            if (depth === 0) {
              // The array closes right after a bare value (`[1, 2]`).
              text = text.slice(0, -1)
              finishItem()
              state = 'after-value'
            } else if (--depth === 0) {
              finishItem()
              state = 'after-item'
            }
          } else if (ch === ',' && depth === 0) {
            text = text.slice(0, -1)
            finishItem()
            state = 'item-start'
          }
          break
        }
        case 'key': {
          if (escaped) escaped = false
          else if (ch === '\\') escaped = true
          else if (ch === '"') {
            state = 'colon'
            break
          }
          key += ch
          if (key.length > 64) throw malformed()
          break
        }
        default: {
          if (WS.has(ch)) break
          if (state === 'start' && ch === '{') state = 'key-or-end'
          else if ((state === 'key-or-end' || state === 'next-key') && ch === '"') {
            key = ''
            state = 'key'
          } else if (state === 'key-or-end' && ch === '}') state = 'done'
          else if (state === 'colon' && ch === ':') {
            kind = arrays[key] ?? ''
            if (!kind) throw invalid({ [key]: `Unknown key: send ${Object.keys(arrays).join(', ')}.` })
            state = 'array'
          } else if (state === 'array' && ch === '[') state = 'item-or-end'
          else if (state === 'item-or-end' && ch === ']') state = 'after-value'
          else if ((state === 'item-or-end' || state === 'item-start') && ch !== ']' && ch !== ',') {
            state = 'item'
            text = ''
            depth = 0
            inString = false
            escaped = false
            i-- // this character starts the item
          } else if (state === 'after-item' && ch === ',') state = 'item-start'
          else if (state === 'after-item' && ch === ']') state = 'after-value'
          else if (state === 'after-value' && ch === ',') state = 'next-key'
          else if (state === 'after-value' && ch === '}') state = 'done'
          else throw malformed()
        }
      }
    }
    yield* out
    out.length = 0
  }
  if (state !== 'done') throw malformed()
}
