import 'server-only'
import { type Credentials, forteFetch, segment } from '@/lib/forte/client'
import { getGeneralReports, getVehicleFilter, getVehicleReports } from '@/lib/forte/reports'
import { instructionList, type ReportItem } from '@/lib/forte/schemas/common'
import type { VehicleInfo } from '@/lib/forte/schemas/reports'

/** Where and when the video was sent, when the API gives it with the report (`submission`). */
export type SubmissionInfo = { time_sent: string; lat: number; long: number }

export type ReportPageData = {
  report: ReportItem
  vehicleGuid?: string
  vehicle?: VehicleInfo
  typeTitle: string
  instructions: string[]
  submission?: SubmissionInfo
  hasVideo: boolean
}

function submissionOf(r: ReportItem): SubmissionInfo | undefined {
  const s = (r as Record<string, unknown>).submission as Partial<SubmissionInfo> | undefined
  if (!s || typeof s.time_sent !== 'string') return undefined
  const lat = Number(s.lat)
  const long = Number(s.long)
  return Number.isFinite(lat) && Number.isFinite(long) ? { time_sent: s.time_sent, lat, long } : undefined
}

/** Does the API have a video for this report? One byte is asked for, then the stream is dropped. */
async function videoExists(auth: Credentials, refKey: string): Promise<boolean> {
  const res = await forteFetch(`/reports/video/${segment(refKey)}`, { auth, headers: { range: 'bytes=0-0' } })
  await res.body?.cancel()
  return res.ok
}

/**
 * One report of the caller's company, with its vehicle and its type's instructions; undefined when
 * the company has no such report. The client API has no single-report read, so the report is found
 * in the company's list; an employee's list has no vehicle guid, so it is matched by VIN.
 */
export async function loadReport(auth: Credentials, refKey: string): Promise<ReportPageData | undefined> {
  const all = await getGeneralReports(auth, {})
  const report = [...all.reports.important, ...all.reports.general].find((r) => r.ref_key === refKey)
  if (!report) return undefined
  let guid = report.vehicle_guid
  if (!guid && report.vin_code) {
    const vehicles = await getVehicleFilter(auth, {})
    guid = [...vehicles.reports.important, ...vehicles.reports.general].find((v) => v.vin_code === report.vin_code)?.vehicle_guid
  }
  const [vehicle, hasVideo] = await Promise.all([
    guid ? getVehicleReports(auth, guid) : Promise.resolve(undefined),
    [2, 3, 4].includes(report.status_code) ? videoExists(auth, refKey) : Promise.resolve(false),
  ])
  const type = all.info.by_vehicle_type_code[report.vehicle_type_code] ?? vehicle?.info.by_vehicle_type_code[report.vehicle_type_code]
  const instructions = instructionList(type?.instructions ?? vehicle?.info.by_vehicle_type_code[report.vehicle_type_code]?.instructions)
  return {
    report,
    vehicleGuid: guid,
    vehicle: vehicle?.info.this,
    typeTitle: type?.vehicle_type_title ?? '',
    instructions,
    submission: submissionOf(report),
    hasVideo,
  }
}
