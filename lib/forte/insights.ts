import 'server-only'
import { toQuery } from '@/lib/search-params'
import { type Credentials, forteJson } from './client'
import { type CompanySettings, companySettingsSchema, companyStatsSchema, staffStatsSchema } from './schemas/insights'

/** The insights of the API: the director's company (Bearer) and every company (1C Basic). */

const STATS_MONTHS = 12

/** `{months, by_vehicle_type, on_time_rate, overdue_total, overdue_reports, settings}` */
export const getCompanyStats = (auth: Credentials) =>
  forteJson(`/reports/stats${toQuery({ months: STATS_MONTHS })}`, companyStatsSchema, { auth })

/** The same across companies, plus `companies`, `queue`, `reviewers`, `reject_reasons`. */
export const getStaffStats = (auth: Credentials) =>
  forteJson(`/1c/stats${toQuery({ months: STATS_MONTHS })}`, staffStatsSchema, { auth })

/** Directors only; a bad value is a 422 with `fieldErrors`. */
export const putCompanySettings = (auth: Credentials, body: CompanySettings) =>
  forteJson('/company/settings', companySettingsSchema, { auth, method: 'PUT', json: body })
