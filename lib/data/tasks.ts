import 'server-only'
import type { Credentials } from '@/lib/forte/client'
import { getGeneralReports } from '@/lib/forte/reports'
import { awaitsVideo } from '@/lib/forte/codes'

/** A report waiting for a video (due or rejected), as the task list shows it. */
export type Task = {
  ref_key: string
  report_number: string
  plate_number: string
  type_title: string
  status_code: number
  overdue: boolean
  reject_reason: string
  date_finish: string
  date_finish_render: string
}

/**
 * The company's reports waiting for a video, most urgent first: overdue, then by the date they are due
 * (a rejected report counts by its own due date).
 */
export async function loadTasks(auth: Credentials): Promise<Task[]> {
  const data = await getGeneralReports(auth)
  const titles = data.info.by_vehicle_type_code
  return [...data.reports.important, ...data.reports.general]
    .filter((r) => awaitsVideo(r.status_code))
    .map((r) => ({
      ref_key: r.ref_key,
      report_number: r.report_number,
      plate_number: r.plate_number ?? '',
      type_title: titles[r.vehicle_type_code]?.vehicle_type_title ?? '',
      status_code: r.status_code,
      overdue: r.status_expired_bool,
      reject_reason: r.reject_reason,
      date_finish: r.date_finish_datetime,
      date_finish_render: r.date_finish_render,
    }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date_finish.localeCompare(b.date_finish))
}
