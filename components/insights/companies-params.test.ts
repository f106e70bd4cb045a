import { describe, expect, it } from 'vitest'
import type { CompanyRow } from '@/lib/forte/schemas/insights'
import { companiesInView, companiesQuery, parseCompaniesParams, sortQuery } from './companies-params'

const row = (company_name: string, biin: string, open_overdue: number, on: number | null, rej: number | null) => ({
  company_name,
  biin,
  open_overdue,
  on_time_rate_90d: on,
  rejected_rate_90d: rej,
})
const rows: CompanyRow[] = [
  row('Бета ТОО', '111111111111', 2, 0.5, 0.1),
  row('Alpha AJI Gruppe ТОО', '200940026146', 11, 0.84, 0.17),
  row('ИП Сагинтаев', '790920300817', 4, null, null),
  row('Альфа', '222222222222', 4, 0.9, 0.4),
]
const names = (p: Record<string, string>) => companiesInView(rows, parseCompaniesParams(p)).map((r) => r.company_name)

describe('the company table: search and order from the URL', () => {
  it('defaults to the most overdue first, ties by name', () => {
    expect(names({})).toEqual(['Alpha AJI Gruppe ТОО', 'Альфа', 'ИП Сагинтаев', 'Бета ТОО'])
  })

  it('sorts rates either way, a company without a rate always last', () => {
    expect(names({ sort: 'on_time_rate_90d' })).toEqual(['Альфа', 'Alpha AJI Gruppe ТОО', 'Бета ТОО', 'ИП Сагинтаев'])
    expect(names({ sort: 'on_time_rate_90d', dir: 'asc' })).toEqual([
      'Бета ТОО',
      'Alpha AJI Gruppe ТОО',
      'Альфа',
      'ИП Сагинтаев',
    ])
  })

  it('searches the name (any case) or the BIN', () => {
    expect(names({ q: 'тоо' })).toEqual(['Alpha AJI Gruppe ТОО', 'Бета ТОО'])
    expect(names({ q: '7909' })).toEqual(['ИП Сагинтаев'])
    expect(names({ q: 'нет такой' })).toEqual([])
  })

  it('ignores a hostile or unknown sort, keeps the query short', () => {
    const p = parseCompaniesParams({ sort: 'constructor', dir: 'sideways', q: 'x'.repeat(500) })
    expect(p).toEqual({ q: 'x'.repeat(100), sort: 'open_overdue', dir: 'desc' })
  })

  it('a header link flips the direction of the current order, or starts another one', () => {
    const p = parseCompaniesParams({ q: 'тоо' })
    expect(sortQuery(p, 'open_overdue')).toBe('?q=%D1%82%D0%BE%D0%BE&dir=asc')
    expect(sortQuery(p, 'company_name')).toBe('?q=%D1%82%D0%BE%D0%BE&sort=company_name')
    expect(companiesQuery(parseCompaniesParams({}))).toBe('')
  })
})
