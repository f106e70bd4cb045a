import { addDays, addMonths } from '../lib/dates.js'
import { STATUS } from '../lib/codes.js'
import { REASON_VIDEO, REVIEWERS, VEHICLES } from './demo-data.js'
import { prng } from './prng.js'

/**
 * Eleven months of past monthly inspections for every demo vehicle, so the insight charts have a
 * real shape: mostly on time, some late (more of them in the older months: the fleet got better),
 * some rejected then sent again and approved, a few never sent or rejected and left open (overdue).
 * Deterministic apart from today (a fixed PRNG seed). Every period ends before the "1m" date range
 * begins (today − 1 month), so the demo's recent reports and the filters built on them stay as they were.
 */

export type HistoryStep =
  /** `geo`: varies the GPS point a little (default: the step's index). */
  | { kind: 'submit'; day: string; hh: number; mm: number; geo?: number }
  | { kind: 'decide'; code: typeof STATUS.APPROVED | typeof STATUS.REJECTED; reason: string; reviewer: string }

export interface HistoryReport {
  vehicle_guid: string
  date_start: string
  date_finish: string
  status: number
  reject_reason: string
  steps: HistoryStep[]
}

const MONTHS = 11
const PERIOD_DAYS = 7
const REASONS = [REASON_VIDEO, 'Не виден VIN-код', 'Видео обрезано, не показан салон', 'Не виден госномер']
// The truck 264LE02 (V3): the portal's journeys count its rejected reports; its history stays closed.
const NO_OPEN_REJECTION = new Set(['6b5c250a-3d2d-11ea-8db2-1831bf7dd028'])

export function demoHistory(today: string): HistoryReport[] {
  const rnd = prng(20_240_301)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const time = () => ({ hh: 9 + Math.floor(rnd() * 9), mm: Math.floor(rnd() * 60) })
  const out: HistoryReport[] = []
  for (let m = MONTHS; m >= 1; m--) {
    for (const v of VEHICLES) {
      // Before the 1m range: at least a day older than today − 1 month, at most 20 days more.
      const date_finish = addDays(addMonths(today, -m), -1 - Math.floor(rnd() * 20))
      const date_start = addDays(date_finish, -PERIOD_DAYS)
      const reviewer = pick(REVIEWERS).login
      const roll = rnd()
      const lateShare = 0.05 + 0.025 * m
      const steps: HistoryStep[] = []
      const submit = (day: string) => steps.push({ kind: 'submit', day, ...time() })
      const approve = () => steps.push({ kind: 'decide', code: STATUS.APPROVED, reason: '', reviewer })
      const reject = (reason: string) => steps.push({ kind: 'decide', code: STATUS.REJECTED, reason, reviewer })
      let status: number = STATUS.APPROVED
      let reason = ''
      if (roll < 0.04) {
        status = STATUS.DUE // never sent
      } else if (roll < 0.07 && !NO_OPEN_REJECTION.has(v.guid)) {
        reason = pick(REASONS)
        status = STATUS.REJECTED // rejected and never sent again
        submit(addDays(date_finish, -Math.floor(rnd() * 4)))
        reject(reason)
      } else if (roll < 0.07 + lateShare) {
        submit(addDays(date_finish, 1 + Math.floor(rnd() * 9))) // late
        approve()
      } else if (roll < 0.17 + lateShare) {
        const first = addDays(date_finish, -Math.floor(rnd() * 4))
        reason = pick(REASONS) // kept on the report after the approval, as a real decision leaves it
        submit(first) // on time, rejected, sent again two days later, approved
        reject(reason)
        submit(addDays(first, 2))
        approve()
      } else {
        // On time; one in five on the last day itself.
        submit(addDays(date_finish, rnd() < 0.2 ? 0 : -1 - Math.floor(rnd() * (PERIOD_DAYS - 1))))
        approve()
      }
      out.push({ vehicle_guid: v.guid, date_start, date_finish, status, reject_reason: reason, steps })
    }
  }
  return out
}
