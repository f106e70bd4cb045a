import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { operations } from '../api-types'
import { loggedOutSchema, meSchema } from './auth'
import { outboxSchema } from './dev'
import { companySettingsSchema, companyStatsSchema, staffStatsSchema } from './insights'
import { reportSelectSchema } from './reports'
import { decisionSchema, staffReportDetailSchema, staffReportListSchema, staffVehicleListSchema } from './review'

/** The 200 answer of an operation of /openapi.json, as openapi-typescript typed it. */
type Ok<O extends keyof operations> = operations[O] extends {
  responses: { 200: { content: { 'application/json': infer B } } }
}
  ? B
  : never
/** Every answer the API declares is one the portal's schema accepts (checked by the compiler). */
type Reads<Declared, S extends z.ZodType> = [Declared] extends [z.input<S>] ? true : false
const fits = <T extends true>() => true as T

describe('the portal schemas accept every answer /openapi.json declares', () => {
  it('compiles only when they do', () => {
    expect([
      fits<Reads<Ok<'get1cMe'>, typeof meSchema>>(),
      fits<Reads<Ok<'get1cReports'>, typeof staffReportListSchema>>(),
      fits<Reads<Ok<'get1cReportsByRefKey'>, typeof staffReportDetailSchema>>(),
      fits<Reads<Ok<'post1cReportsByRefKeyDecision'>, typeof decisionSchema>>(),
      fits<Reads<Ok<'get1cVehicles'>, typeof staffVehicleListSchema>>(),
      fits<Reads<Ok<'getDevOutbox'>, typeof outboxSchema>>(),
      fits<Reads<Ok<'postLogout'>, typeof loggedOutSchema>>(),
      fits<Reads<Ok<'getReportsSelectByRefKey'>, typeof reportSelectSchema>>(),
      fits<Reads<Ok<'getReportsStats'>, typeof companyStatsSchema>>(),
      fits<Reads<Ok<'get1cStats'>, typeof staffStatsSchema>>(),
      fits<Reads<Ok<'getCompanySettings'>, typeof companySettingsSchema>>(),
      fits<Reads<Ok<'putCompanySettings'>, typeof companySettingsSchema>>(),
    ]).not.toContain(false)
  })
})
