import 'server-only'
import { type Credentials, forteJson, orUndefinedOn404, query, segment } from './client'
import { isRefKeyShaped } from './ref-key'
import type { DateRange } from './schemas/common'
import {
  decisionSchema,
  meSchema,
  staffReportDetailSchema,
  staffReportListSchema,
  staffVehicleListSchema,
} from './schemas/review'

/** The Forte staff (1C) side of the API: the review queue, decisions, vehicles of all companies. */
export const getMe1C = (auth: Credentials) => forteJson('/1c/me', meSchema, { auth })

export type StaffReportQuery = {
  status_code?: number
  date_range?: DateRange
  biin?: string
  q?: string
  vehicle_type?: string
  order?: 'oldest' | 'newest'
  page?: number
  per_page?: number
}

export async function listReports1C(auth: Credentials, q: StaffReportQuery = {}) {
  const data = await forteJson(`/1c/reports${query(q)}`, staffReportListSchema, { auth })
  return { items: data.items ?? data.reports ?? [], total: data.total }
}

export const getReport1C = async (auth: Credentials, refKey: string) =>
  isRefKeyShaped(refKey)
    ? orUndefinedOn404(forteJson(`/1c/reports/${segment(refKey)}`, staffReportDetailSchema, { auth }))
    : undefined

export type Decision = { status_code: 3 | 4; reject_reason?: string; expected_status_code: 2 }

/** Throws ForteApiError 409 (with who decided first in `data`) when someone else was quicker. */
export const decide1C = (auth: Credentials, refKey: string, body: Decision) =>
  forteJson(`/1c/reports/${segment(refKey)}/decision`, decisionSchema, { auth, method: 'POST', json: body })

export type StaffVehicleQuery = { biin?: string; q?: string; page?: number; per_page?: number }

export async function listVehicles1C(auth: Credentials, q: StaffVehicleQuery = {}) {
  const data = await forteJson(`/1c/vehicles${query(q)}`, staffVehicleListSchema, { auth })
  return { items: data.items ?? data.vehicles ?? [], total: data.total }
}
