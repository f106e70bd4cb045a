import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { STATUS } from '../../../lib/codes.js'
import { todayYmd } from '../../../lib/dates.js'
import { invalid, notFound } from '../../../lib/errors.js'
import { JsonRows } from '../../../lib/json-stream.js'
import { vehicleTypeImage } from '../../../lib/public-links.js'
import {
  byVehicleTypeCode,
  DATE_RANGES,
  type DateRangeCode,
  filterBlock,
  formatReport,
  formatVehicleReport,
  overdueOf,
  rangeStart,
  splitReports,
  statusRangeFilter,
  statusTitle,
} from '../../../lib/report-format.js'
import type { AuthUser } from '../auth/guards.js'
import { mediaOfSubmission } from '../media/media-serializer.js'
import { type ReportFilter, uniq } from './reports-repository.js'

declare module 'fastify' {
  interface FastifyInstance {
    reportsService: ReturnType<typeof createReportsService>
  }
}

const STATUS_CODES = Object.values(STATUS)

/** `null`, empty or missing = no filter (api-contract.md "Conventions"). */
const isBlank = (s: string | undefined) => s === undefined || s === '' || s.toLowerCase() === 'null'

/** Path segments of the filter endpoints → a filter; 422 names the bad segment. */
export function parseFilterSegments(
  status?: string,
  range?: string,
  vehicleGuid?: string,
  today = todayYmd(),
): ReportFilter {
  const f: ReportFilter = {}
  const errors: Record<string, string> = {}
  if (!isBlank(status)) {
    const code = STATUS_CODES.find((c) => String(c) === status)
    if (code !== undefined) f.status = code
    else errors.status_code = `Must be ${STATUS_CODES.join(', ')} or null.`
  }
  if (!isBlank(range)) {
    if (range! in DATE_RANGES) f.since = rangeStart(range as DateRangeCode, today)
    else errors.date_range_code = 'Must be 1w, 1m, 6m, 1y or null.'
  }
  if (!isBlank(vehicleGuid)) {
    if (vehicleGuid!.length <= 64) f.vehicleGuid = vehicleGuid
    else errors.vehicle_guid = 'Too long.'
  }
  if (Object.keys(errors).length) throw invalid(errors, 'Invalid filter.')
  return f
}

/** Builds the report payloads of /auth, /refresh_token and the /reports/* endpoints. */
export function createReportsService(fastify: FastifyInstance) {
  const repo = fastify.reportsRepository

  /**
   * `{reports:{important,general}, info:{by_vehicle_type_code}, filter}` as the seed shows. The lists
   * are written as JSON text a page of reports at a time (JsonRows): their objects never pile up.
   */
  async function general(user: AuthUser, f: ReportFilter = {}) {
    const today = todayYmd()
    if (f.vehicleGuid && !(await repo.findVehicle(user.companyId, f.vehicleGuid))) throw notFound('Vehicle not found.')
    const [lists, vehicles] = await Promise.all([
      reportLists(user.companyId, f, today),
      repo.companyVehicles(user.companyId),
    ])
    const types = await repo.vehicleTypes(lists.typeCodes)
    return {
      reports: { important: lists.important, general: lists.general },
      info: { by_vehicle_type_code: byVehicleTypeCode(types) },
      filter: filterBlock(vehicles, user.roleId),
    }
  }

  /** The company's reports as the two lists of `general`, and their vehicle types in the order they first appear. */
  async function reportLists(companyId: number, f: ReportFilter, today: string) {
    const important = new JsonRows()
    const general = new JsonRows()
    const typeCodes = new Set<string>()
    for await (const page of repo.reportPages(companyId, f)) {
      const split = splitReports(page.map((r) => formatReport(r, today)))
      important.add(split.important)
      general.add(split.general)
      for (const r of page) typeCodes.add(r.vehicle_type_code)
    }
    return { important, general, typeCodes: [...typeCodes] }
  }

  /** One row per vehicle with its most pressing report. */
  async function byVehicle(user: AuthUser, f: ReportFilter = {}) {
    const today = todayYmd()
    const rows = await repo.vehiclePriority(user.companyId, today, f)
    const types = await repo.vehicleTypes(uniq(rows.map((r) => r.vehicle_type_code)))
    const items = rows.map((r) => ({
      ref_key: r.ref_key,
      report_status_priority_title: statusTitle(r.status_code),
      report_status_priority_code: r.status_code,
      ...overdueOf(r.status_code, r.date_finish, today),
      vin_code: r.vin_code,
      plate_number: r.plate_number,
      vehicle_guid: r.vehicle_guid,
      vehicle_type_code: r.vehicle_type_code,
      sticker_printed_at: r.sticker_printed_at,
      // splitReports looks at status_code; dropped below.
      status_code: r.status_code,
    }))
    const { important, general } = splitReports(items)
    const strip = ({ status_code: _s, ...rest }: (typeof items)[number]) => rest
    return {
      reports: { important: important.map(strip), general: general.map(strip) },
      info: { by_vehicle_type_code: byVehicleTypeCode(types, false) },
      filter: statusRangeFilter(),
    }
  }

  /** The vehicle's reports + `info.this`; null when the vehicle is not the company's. */
  async function vehicleSelect(user: AuthUser, guid: string, publicBase: string) {
    const today = todayYmd()
    const vehicle = await repo.findVehicle(user.companyId, guid)
    if (!vehicle) return null
    const rows = await repo.listReports(user.companyId, { vehicleGuid: guid })
    const types = await repo.vehicleTypes([vehicle.vehicle_type_code])
    return {
      reports: splitReports(rows.map((r) => formatVehicleReport(r, today))),
      info: {
        by_vehicle_type_code: byVehicleTypeCode(types),
        this: {
          contract_number: vehicle.contract_number,
          contract_date_end: vehicle.contract_date_end ? `${vehicle.contract_date_end.slice(0, 10)}T00:00:00` : '',
          plate_number: vehicle.plate_number,
          vin_code: vehicle.vin_code,
          image_path: vehicleTypeImage(publicBase, vehicle.vehicle_type_code),
          sticker_printed_at: vehicle.sticker_printed_at,
        },
      },
    }
  }

  /** One report (the general filter's item) + its latest submission + its type's info; null when not the company's. */
  async function reportSelect(user: AuthUser, refKey: string) {
    const row = await repo.findReport(user.companyId, refKey)
    if (!row) return null
    const [submission, types] = await Promise.all([
      repo.latestSubmission(refKey),
      repo.vehicleTypes([row.vehicle_type_code]),
    ])
    return {
      report: formatReport(row, todayYmd()),
      submission: submission && {
        ...submission,
        ...(await mediaOfSubmission(fastify.db, submission.id)),
      },
      info: { by_vehicle_type_code: byVehicleTypeCode(types) },
    }
  }

  return { general, byVehicle, vehicleSelect, reportSelect }
}

export default fp(
  async (fastify) => {
    fastify.decorate('reportsService', createReportsService(fastify))
  },
  { name: 'reports-service', dependencies: ['reports-repository'] },
)
