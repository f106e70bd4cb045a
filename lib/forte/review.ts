import 'server-only'
import { toQuery } from '@/lib/search-params'
import { type Credentials, forteJson, orUndefinedOn404, segment } from './client'
import { isRefKeyShaped } from './ref-key'
import type { DateRange } from './schemas/common'
import {
  decisionSchema,
  staffReportDetailSchema,
  staffReportListSchema,
  staffVehicleListSchema,
  undoSchema,
} from './schemas/review'
import type { SignalFilter } from './codes'

/** The Forte staff (1C) side of the API: the review queue, decisions, vehicles of all companies. */

export type StaffReportQuery = {
  status_code?: number
  date_range?: DateRange
  biin?: string
  q?: string
  vehicle_type?: string
  signals?: SignalFilter
  vehicle_guid?: string
  /** A reviewer's login or `me`. */
  decided_by?: string
  /** Almaty dates `YYYY-MM-DD`, inclusive. */
  decided_from?: string
  decided_to?: string
  order?: 'oldest' | 'newest' | 'waiting_longest'
  page?: number
  per_page?: number
}

/** `{items, total, page, per_page, facets}` */
export const listReports1C = (auth: Credentials, q: StaffReportQuery = {}) =>
  forteJson(`/1c/reports${toQuery(q)}`, staffReportListSchema, { auth })

/** How many reports the signed-in reviewer decided on `ymd` (a business day): only the total is read. */
export const myDecisionCount1C = async (auth: Credentials, ymd: string) =>
  (await listReports1C(auth, { decided_by: 'me', decided_from: ymd, decided_to: ymd, per_page: 1 })).total

export const getReport1C = async (auth: Credentials, refKey: string) =>
  isRefKeyShaped(refKey)
    ? orUndefinedOn404(forteJson(`/1c/reports/${segment(refKey)}`, staffReportDetailSchema, { auth }))
    : undefined

type Decision = { status_code: 3 | 4; reject_reason?: string; expected_status_code: 2 }

/** Throws ForteApiError 409 (where the report is now, who decided first, in `data`) when someone else was quicker. */
export const decide1C = (auth: Credentials, refKey: string, body: Decision) =>
  forteJson(`/1c/reports/${segment(refKey)}/decision`, decisionSchema, { auth, method: 'POST', json: body })

/**
 * Takes back the caller's own decision within the API's undo window (the report is sent again).
 * Throws ForteApiError 409 with the API's reason when it is refused (another reviewer's, too late, changed since).
 */
export const undoDecision1C = (auth: Credentials, refKey: string) =>
  forteJson(`/1c/reports/${segment(refKey)}/decision`, undoSchema, { auth, method: 'DELETE' })

export type StaffVehicleQuery = { biin?: string; q?: string; sticker?: 'none'; page?: number; per_page?: number }

/** `{items, total, page, per_page}` */
export const listVehicles1C = (auth: Credentials, q: StaffVehicleQuery = {}) =>
  forteJson(`/1c/vehicles${toQuery(q)}`, staffVehicleListSchema, { auth })
