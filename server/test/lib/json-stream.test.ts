import { describe, expect, it } from 'vitest'
import { JsonRows, jsonStream, jsonText, rowCount } from '../../src/lib/json-stream.js'

const text = async (value: unknown) => {
  const chunks: string[] = []
  for await (const c of jsonStream(value)) chunks.push(Buffer.isBuffer(c) ? c.toString('utf8') : String(c))
  return { text: chunks.join(''), chunks: chunks.length }
}

describe('jsonStream', () => {
  it('writes the same text as JSON.stringify, edge values included', async () => {
    for (const value of [
      { status: 'ok', data: { message: 'success', code: 200, reports: { important: [], general: [{ a: 1 }] } } },
      { skip: undefined, fn: () => 1, nested: { arr: [undefined, () => 1, null, 'x"\\\n', 'Ақмола ✓'] } },
      { when: new Date('2026-06-15T06:00:00Z'), deep: [[[[[1, { b: [2] }]]]]], n: -0.5, big: 1e21 },
      [],
      {},
      'just a string',
      null,
    ])
      expect((await text(value)).text).toBe(JSON.stringify(value))
  })

  it('hands a large list over in many pieces, each far smaller than the whole', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ ref_key: `r-${i}`, title: 'Сдать Отчет', n: i }))
    const value = { status: 'ok', data: { reports: { important: rows, general: [] } } }
    const whole = JSON.stringify(value)
    const streamed = await text(value)
    expect(streamed.text).toBe(whole)
    expect(streamed.chunks).toBeGreaterThan(whole.length / (128 * 1024))
  })

  it('keeps every row, in order, when rows differ in size (batches are sized as it goes)', async () => {
    // Short rows, then long ones, then short again: the batch size changes twice along the list.
    const rows = Array.from({ length: 30_000 }, (_, i) => ({
      ref_key: `r-${i}`,
      note: i >= 5_000 && i < 6_000 ? 'Отказано. '.repeat(200) : undefined,
      nested: { i, skip: undefined },
    }))
    const value = { status: 'ok', data: { reports: { important: rows, general: rows.slice(0, 3) } } }
    expect((await text(value)).text).toBe(JSON.stringify(value))
  })

  it('stops when the reader stops: rows past what was read are never written', async () => {
    let made = 0
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      get id() {
        made++
        return i
      },
    }))
    const stream = jsonStream({ data: { reports: { general: rows } } })
    await new Promise<void>((resolve) => stream.once('readable', () => resolve()))
    stream.read() // one chunk, then nobody reads
    await new Promise((r) => setTimeout(r, 20))
    stream.destroy()
    expect(made).toBeGreaterThan(0)
    expect(made).toBeLessThan(rows.length / 2)
  })

  it('counts the rows near the top without opening them', () => {
    expect(rowCount({ reports: { important: [1, 2], general: [3] }, filter: { status: {} } })).toBe(3)
    expect(rowCount({ a: 'x' })).toBe(0)
  })

  it('writes lists kept as text (JsonRows) exactly as JSON.stringify writes the rows they were made of', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({
      ref_key: `r-${i}`,
      title: i % 7 ? 'Сдать Отчет' : 'x"\\\n ✓',
      reason: i % 3 ? null : undefined,
    }))
    const asText = (batches: (typeof rows)[]) => {
      const list = new JsonRows()
      for (const b of batches) list.add(b)
      return list
    }
    // Pages of different sizes, an empty one among them, and an empty list.
    const pages = [rows.slice(0, 1), [], rows.slice(1, 2_000), rows.slice(2_000)]
    const value = { status: 'ok', data: { reports: { important: asText(pages), general: asText([]) }, n: 1 } }
    const expected = JSON.stringify({ status: 'ok', data: { reports: { important: rows, general: [] }, n: 1 } })
    expect((await text(value)).text).toBe(expected)
    expect(jsonText(value)).toBe(expected)
    expect(JSON.stringify(value)).toBe(expected) // a plain JSON.stringify meeting one gets the rows back
    expect(rowCount(value)).toBe(rows.length)
  })
})
