import 'server-only'
import { type Credentials, forteJson, orUndefinedOn404, segment } from './client'
import { isRefKeyShaped } from './ref-key'
import type { DateRange, StatusCode } from './schemas/common'
import { generalFilterSchema, reportSelectSchema, vehicleFilterSchema, vehicleSelectSchema } from './schemas/reports'

export type ReportQuery = { status?: StatusCode; range?: DateRange; vehicleGuid?: string }

/** The company's reports, split into important (due, rejected) and general (sent, approved). */
export const getGeneralReports = (auth: Credentials, q: ReportQuery = {}) =>
  forteJson(
    `/reports/general/filter/${segment(q.status)}/${segment(q.range)}/${segment(q.vehicleGuid)}`,
    generalFilterSchema,
    { auth },
  )

/** One row per vehicle with its most pressing report. */
export const getVehicleFilter = (auth: Credentials, q: Omit<ReportQuery, 'vehicleGuid'> = {}) =>
  forteJson(`/reports/vehicle/filter/${segment(q.status)}/${segment(q.range)}`, vehicleFilterSchema, { auth })

/** A vehicle's card and reports; undefined when it is not the caller's company's. */
export const getVehicleReports = (auth: Credentials, guid: string) =>
  orUndefinedOn404(forteJson(`/reports/vehicle/select/${segment(guid)}`, vehicleSelectSchema, { auth }))

/**
 * One report with its latest submission (time, GPS point); undefined when it is not the caller's company's,
 * or when `refKey` cannot be one (then the API is not asked).
 */
export const getReport = async (auth: Credentials, refKey: string) =>
  isRefKeyShaped(refKey)
    ? orUndefinedOn404(forteJson(`/reports/select/${segment(refKey)}`, reportSelectSchema, { auth }))
    : undefined
