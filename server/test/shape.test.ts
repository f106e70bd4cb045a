import { describe, expect, it } from 'vitest'
import * as seed from './fixtures/seed-examples.js'
import { shapeDiff } from './shape.js'

describe('shapeDiff', () => {
  it('finds no difference between an example and itself', () => {
    expect(shapeDiff(seed.generalFilter, seed.generalFilter)).toEqual([])
  })

  it('reports a missing key, a changed type and an extra key', () => {
    const copy = structuredClone(seed.generalFilter) as any
    delete copy.data.reports.general[0].vin_code
    copy.data.reports.general[0].status_code = '3'
    copy.data.extra = 1
    expect(shapeDiff(seed.generalFilter, copy)).toEqual([
      '$.data.reports.general[].status_code: seed "number", ours "string"',
      '$.data.reports.general[].vin_code: missing in ours',
      '$.data.extra: not in the seed',
    ])
  })

  it('treats data-keyed maps by value and [] as an empty map', () => {
    const copy = structuredClone(seed.generalFilter) as any
    copy.data.info.by_vehicle_type_code = {
      'b71ea040-1664-11ea-8dad-1831bf7dd029': { vehicle_type_title: 'x', instructions: { 1: 'a' } },
    }
    expect(shapeDiff(seed.generalFilter, copy)).toEqual([])
  })
})
