import { describe, expect, it } from 'vitest'
import { filterEmployees } from './filter-employees'

// The seed's /employee/list example.
const rows = [
  { id: 153, first_name: 'Иван', mobile: '87781578800' },
  { id: 8, first_name: 'Валихан', mobile: '87781231233' },
  { id: 7, first_name: 'Марат', mobile: '87781578800' },
  { id: 4, first_name: 'Ерлан', mobile: '87021578800' },
]
const ids = (q: string | undefined) => filterEmployees(rows, q).map((r) => r.id)

describe('filterEmployees', () => {
  it('returns everyone for an empty query', () => {
    expect(ids(undefined)).toEqual([153, 8, 7, 4])
    expect(ids('  ')).toEqual([153, 8, 7, 4])
  })
  it('matches the first name case-insensitively', () => {
    expect(ids('иВа')).toEqual([153])
    expect(ids('ан')).toEqual([153, 8, 4])
  })
  it('matches the mobile typed as stored or as shown', () => {
    expect(ids('8702')).toEqual([4])
    expect(ids('+7 (702) 157')).toEqual([4])
    expect(ids('123-12')).toEqual([8])
  })
  it('matches an exact id', () => {
    expect(ids('153')).toEqual([153])
    // a short number is also part of every mobile here, so it matches them all
    expect(ids('7')).toEqual([153, 8, 7, 4])
  })
  it('finds nothing for an unknown name', () => {
    expect(ids('Пётр')).toEqual([])
  })
})
