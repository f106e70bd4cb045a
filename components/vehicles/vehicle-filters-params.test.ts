import { describe, expect, it } from 'vitest'
import { parseVehicleFilters } from './vehicle-filters-params'

describe('parseVehicleFilters', () => {
  it('keeps valid status and range', () => {
    expect(parseVehicleFilters({ status: '4', range: '6m' })).toEqual({ status: 4, range: '6m' })
  })
  it('drops unknown values instead of failing', () => {
    expect(parseVehicleFilters({ status: '9', range: '2d' })).toEqual({ status: undefined, range: undefined })
    expect(parseVehicleFilters({ status: ['abc'], range: undefined })).toEqual({ status: undefined, range: undefined })
  })
  it('takes the first of repeated params', () => {
    expect(parseVehicleFilters({ status: ['2', '3'] })).toEqual({ status: 2, range: undefined })
  })
})
