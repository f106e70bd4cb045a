import { describe, expect, it } from 'vitest'
import { jsonItems, ndjsonItems, type RawItem } from '../../src/lib/stream-items.js'

const limits = { maxBytes: 1024 * 1024, maxItemChars: 200 }
const ARRAYS = { companies: 'company', vehicles: 'vehicle', reports: 'report' }

/** The body as the network might deliver it: in pieces of `size` bytes (cutting UTF-8 characters too). */
async function* pieces(text: string, size: number) {
  const buf = Buffer.from(text)
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size)
}
const collect = async (gen: AsyncGenerator<RawItem>) => {
  const out: RawItem[] = []
  for await (const item of gen) out.push(item)
  return out
}
const status = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { statusCode?: number }) => e.statusCode,
  )

describe('jsonItems', () => {
  const body = JSON.stringify({
    companies: [{ biin: '1', name: 'Ак Жол "ТОО", [филиал] {1}', email: 'a@b.kz' }],
    vehicles: [{ guid: 'g\\"1', tags: [[1], { a: [] }] }, 'bare, string', 42],
    reports: [],
  })

  it('yields each array element with its kind and index, however the body is cut', async () => {
    for (const size of [1, 3, 7, 4096]) {
      const items = await collect(jsonItems(pieces(body, size), ARRAYS, limits))
      expect(items.map((i) => [i.kind, i.index])).toEqual([
        ['company', 0],
        ['vehicle', 0],
        ['vehicle', 1],
        ['vehicle', 2],
      ])
      expect(items.map((i) => JSON.parse(i.text!))).toEqual([
        { biin: '1', name: 'Ак Жол "ТОО", [филиал] {1}', email: 'a@b.kz' },
        { guid: 'g\\"1', tags: [[1], { a: [] }] },
        'bare, string',
        42,
      ])
    }
  })

  it('skips the text of an item past the limit, and goes on', async () => {
    const long = JSON.stringify({ vehicles: [{ vin: 'x'.repeat(500) }, { vin: 'short' }] })
    const items = await collect(jsonItems(pieces(long, 64), ARRAYS, limits))
    expect(items).toEqual([
      { index: 0, kind: 'vehicle', text: null },
      { index: 1, kind: 'vehicle', text: '{"vin":"short"}' },
    ])
  })

  it('refuses a malformed outer shape (400), an unknown key (422) and a body past the limit (413)', async () => {
    const read = (text: string, maxBytes = limits.maxBytes) =>
      status(collect(jsonItems(pieces(text, 5), ARRAYS, { ...limits, maxBytes })))
    expect(await read('{"companies": [{"a": 1},]}')).toBe(400)
    expect(await read('{"companies": [{"a": 1}')).toBe(400)
    expect(await read('[{"a": 1}]')).toBe(400)
    expect(await read('{"companies": [1}')).toBe(400)
    expect(await read('{"companies": []} x')).toBe(400)
    expect(await read('{"drivers": []}')).toBe(422)
    expect(await read(JSON.stringify({ companies: Array(100).fill({ a: 1 }) }), 500)).toBe(413)
    expect(await read('{ }')).toBe('ok')
  })
})

describe('ndjsonItems', () => {
  it('yields one item a line with its line number, skipping blank lines; CRLF and cut pieces too', async () => {
    const body = '{"kind":"company","name":"Ақ"}\r\n\n  \n{"kind":"vehicle"}\nnot json\n{"kind":"report"}'
    for (const size of [1, 2, 5, 4096]) {
      const items = await collect(ndjsonItems(pieces(body, size), limits))
      expect(items).toEqual([
        { index: 0, text: '{"kind":"company","name":"Ақ"}' },
        { index: 3, text: '{"kind":"vehicle"}' },
        { index: 4, text: 'not json' },
        { index: 5, text: '{"kind":"report"}' },
      ])
    }
  })

  it('skips the text of a line past the limit, and refuses a body past its limit (413)', async () => {
    const body = `{"a":"${'x'.repeat(500)}"}\n{"b":1}\n`
    expect(await collect(ndjsonItems(pieces(body, 16), limits))).toEqual([
      { index: 0, text: null },
      { index: 1, text: '{"b":1}' },
    ])
    expect(await status(collect(ndjsonItems(pieces(body, 16), { ...limits, maxBytes: 100 })))).toBe(413)
  })
})
