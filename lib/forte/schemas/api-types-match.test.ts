import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { components, operations } from '../api-types'
import { loggedOutSchema, meSchema } from './auth'
import { outboxSchema } from './dev'
import { companySettingsSchema, companyStatsSchema, staffStatsSchema } from './insights'
import { reportSelectSchema } from './reports'
import { decisionSchema, staffReportDetailSchema, staffReportListSchema, staffVehicleListSchema } from './review'
import { stickersRecordedSchema } from './stickers'
import type { SignalFilter } from '../codes'
import { type mediaSchema, type signalSchema } from './submission'

/** The 200 answer of an operation of /openapi.json, as openapi-typescript typed it. */
type Ok<O extends keyof operations> = operations[O] extends {
  responses: { 200: { content: { 'application/json': infer B } } }
}
  ? B
  : never
/** Every answer the API declares is one the portal's schema accepts (checked by the compiler). */
type Reads<Declared, S extends z.ZodType> = [Declared] extends [z.input<S>] ? true : false
const fits = <T extends true>() => true as T
/** Exactly the declared type, both ways: no value the API may send is refused, none it never sends is invented. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Schema<N extends keyof components['schemas']> = components['schemas'][N]

describe('the portal schemas accept every answer /openapi.json declares', () => {
  it('compiles only when they do', () => {
    expect([
      fits<Reads<Ok<'get1cMe'>, typeof meSchema>>(),
      fits<Reads<Ok<'get1cReports'>, typeof staffReportListSchema>>(),
      fits<Reads<Ok<'get1cReportsByRefKey'>, typeof staffReportDetailSchema>>(),
      fits<Reads<Ok<'post1cReportsByRefKeyDecision'>, typeof decisionSchema>>(),
      fits<Reads<Ok<'get1cVehicles'>, typeof staffVehicleListSchema>>(),
      fits<Reads<Ok<'post1cVehiclesStickers'>, typeof stickersRecordedSchema>>(),
      fits<Reads<Ok<'postVehiclesStickers'>, typeof stickersRecordedSchema>>(),
      fits<Reads<Ok<'getDevOutbox'>, typeof outboxSchema>>(),
      fits<Reads<Ok<'postLogout'>, typeof loggedOutSchema>>(),
      fits<Reads<Ok<'getReportsSelectByRefKey'>, typeof reportSelectSchema>>(),
      fits<Reads<Ok<'getReportsStats'>, typeof companyStatsSchema>>(),
      fits<Reads<Ok<'get1cStats'>, typeof staffStatsSchema>>(),
      fits<Reads<Ok<'getCompanySettings'>, typeof companySettingsSchema>>(),
      fits<Reads<Ok<'putCompanySettings'>, typeof companySettingsSchema>>(),
    ]).not.toContain(false)
  })

  it('media, signals and the signals filter are the exact types of the contract', () => {
    expect([
      fits<Same<z.output<typeof mediaSchema>, Schema<'SubmissionMedia'>>>(),
      fits<Same<z.output<typeof signalSchema>, Schema<'ReviewSignal'>>>(),
      fits<
        Same<SignalFilter, NonNullable<NonNullable<operations['get1cReports']['parameters']['query']>['signals']>>
      >(),
    ]).not.toContain(false)
  })
})
