import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, instantOfLocal, todayYmd } from '../src/lib/dates.js'
import { businessZoneSegments, dayStartUtcSql, localDateSql } from '../src/lib/local-date-sql.js'
import { startApi, type StartedApi } from './helper.js'

let api: StartedApi
beforeAll(async () => {
  api = await startApi({ seedDemo: false })
})
afterAll(async () => {
  await api?.close()
})

/** Evaluates SQL expressions in the test's database (SQLite, or PostgreSQL in the `postgres` pass). */
async function evaluate(exprs: ReturnType<typeof sql<string>>[]): Promise<string[]> {
  const row = await sql<
    Record<string, string>
  >`select ${sql.join(exprs.map((e, i) => sql`${e} as ${sql.id(`v${i}`)}`))}`.execute(api.app.db)
  return exprs.map((_, i) => row.rows[0]![`v${i}`]!)
}

describe('Almaty dates in SQL, both dialects', () => {
  it('knows the zone moved from UTC+6 to UTC+5 on 1 March 2024', () => {
    expect(businessZoneSegments()).toEqual([
      { until: '2024-02-29T18:00:00.000Z', offsetMinutes: 360 },
      { until: null, offsetMinutes: 300 },
    ])
  })

  it('localDateSql gives the Almaty calendar date of a UTC instant, as Intl does, on either side of the change', async () => {
    const instants = [
      '2023-06-30T17:59:59.999Z', // 23:59:59.999 at +6
      '2023-06-30T18:00:00.000Z', // 00:00 the next day at +6
      '2024-02-29T17:59:59.999Z',
      '2024-02-29T18:00:00.000Z', // the change: 23:00 on 29 February again
      '2024-02-29T18:59:59.999Z',
      '2024-02-29T19:00:00.000Z',
      '2026-11-29T18:59:59.999Z', // 23:59:59.999 at +5
      '2026-11-29T19:00:00.000Z',
      '2026-12-31T19:00:00.000Z', // new year in Almaty
    ]
    const got = await evaluate(instants.map((i) => localDateSql(sql.lit(i), api.app.dbIsPg)))
    expect(got).toEqual(instants.map((i) => todayYmd(new Date(i))))
  })

  it('dayStartUtcSql gives the instant an Almaty day begins, as text that compares with uploaded_at', async () => {
    const days = ['2023-06-30', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02', '2026-11-30', '2026-12-31']
    const [plus0, plus1] = await Promise.all([
      evaluate(days.map((d) => dayStartUtcSql(sql.lit(d), 0, api.app.dbIsPg))),
      evaluate(days.map((d) => dayStartUtcSql(sql.lit(d), 1, api.app.dbIsPg))),
    ])
    expect(plus0).toEqual(days.map((d) => instantOfLocal(`${d} 00:00:00`).toISOString()))
    expect(plus1).toEqual(days.map((d) => instantOfLocal(`${addDays(d, 1)} 00:00:00`).toISOString()))
  })
})
