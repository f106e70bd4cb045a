/** Business dates live in Asia/Almaty; stored as `YYYY-MM-DD`, instants as UTC ISO strings. */
export const BUSINESS_TZ = 'Asia/Almaty'

const ymdFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
const localFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** Today's calendar date in Almaty, `YYYY-MM-DD`. */
export function todayYmd(now: Date = new Date()): string {
  return ymdFormat.format(now)
}

/** An instant as Almaty local ISO without offset: `2022-03-03T14:05:00`. */
export function localIso(instant: Date): string {
  const p = Object.fromEntries(localFormat.formatToParts(instant).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`
}

const toUtc = (ymd: string) => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}
const fromUtc = (dt: Date) => dt.toISOString().slice(0, 10)

export function addDays(ymd: string, days: number): string {
  const dt = toUtc(ymd)
  dt.setUTCDate(dt.getUTCDate() + days)
  return fromUtc(dt)
}

/** Calendar months, clamped to the month's last day (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(ymd: string, months: number): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, last))
  return fromUtc(target)
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000)
}

/** Almaty wall time (`2022-03-03 14:05:00` or `2022-03-03T14:05:00`) → the instant, by the zone's rules then. */
export function instantOfLocal(local: string): Date {
  const asUtc = Date.parse(`${local.replace(' ', 'T').slice(0, 19)}Z`)
  const offset = Date.parse(`${localIso(new Date(asUtc))}Z`) - asUtc
  return new Date(asUtc - offset)
}
