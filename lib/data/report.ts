import 'server-only'
import { requireApiAuth } from '@/lib/auth/session'
import { type Credentials, forteFetch, segment } from '@/lib/forte/client'
import { loadPageData } from '@/lib/forte/page-data'
import { getReport, getVehicleReports } from '@/lib/forte/reports'
import { instructionList } from '@/lib/forte/schemas/common'
import type { VehicleInfo } from '@/lib/forte/schemas/reports'
import type { Submission } from '@/lib/forte/schemas/submission'

export type ReportPageData = {
  report: NonNullable<Awaited<ReturnType<typeof getReport>>>['report']
  vehicle?: VehicleInfo
  typeTitle: string
  instructions: string[]
  /** The latest submission (time and GPS point); null before the first video. */
  submission: Submission | null
  hasVideo: boolean
}

/** Does the API still have the video file? One byte is asked for, then the stream is dropped. */
async function videoExists(auth: Credentials, refKey: string): Promise<boolean> {
  const res = await forteFetch(`/reports/video/${segment(refKey)}`, { auth, headers: { range: 'bytes=0-0' } })
  await res.body?.cancel()
  return res.ok
}

/**
 * One report of the caller's company (`/reports/select/{ref_key}`), with its vehicle card and its
 * type's instructions; undefined when the company has no such report.
 */
async function loadReport(auth: Credentials, refKey: string): Promise<ReportPageData | undefined> {
  const data = await getReport(auth, refKey)
  if (!data) return undefined
  const { report, submission } = data
  const [vehicle, hasVideo] = await Promise.all([
    report.vehicle_guid ? getVehicleReports(auth, report.vehicle_guid) : Promise.resolve(undefined),
    // No submission, no video: skip the probe.
    submission ? videoExists(auth, refKey) : Promise.resolve(false),
  ])
  const type = data.info.by_vehicle_type_code[report.vehicle_type_code]
  return {
    report,
    vehicle: vehicle?.info.this,
    typeTitle: type?.vehicle_type_title ?? '',
    instructions: instructionList(type?.instructions),
    submission,
    hasVideo,
  }
}

/**
 * A client's page of one report (`/reports/{ref_key}` or `/tasks/{ref_key}`) for a director or an employee:
 * the report through loadPageData, so an expired session comes back to this page after signing in.
 */
export async function loadReportPage(section: 'reports' | 'tasks', params: Promise<{ ref_key: string }>) {
  const auth = await requireApiAuth('director', 'employee')
  const { ref_key: refKey } = await params
  return loadPageData(`/${section}/${encodeURIComponent(refKey)}`, () => loadReport(auth, refKey))
}
