import { instantOfLocal, localIso } from '../../../lib/dates.js'

/**
 * The review signals of api-contract.md ("Media and review signals"): a closed list of codes, each
 * with a severity, a Russian message for the reviewer and the figures behind it in `detail`.
 */
export const SIGNAL_CODES = [
  'duplicate_video',
  'gps_far',
  'gps_zero',
  'recorded_long_before',
  'too_short',
  'time_sent_future',
] as const
export type SignalCode = (typeof SIGNAL_CODES)[number]

export interface Signal {
  code: SignalCode
  severity: 'info' | 'warn'
  message: string
  detail: Record<string, unknown>
}

export const GPS_FAR_KM = 50
export const RECORDED_BEFORE_HOURS = 72
export const MIN_DURATION_S = 10
export const SENT_AHEAD_MINUTES = 10

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; long: number }, b: { lat: number; long: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLong = (b.long - a.long) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLong / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** A duration in Russian: "5 дн. 3 ч", "7 ч", "25 мин". */
function spanRu(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000)
  if (minutes < 60) return `${minutes} мин`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} ч`
  const days = Math.floor(hours / 24)
  return hours % 24 ? `${days} дн. ${hours % 24} ч` : `${days} дн.`
}

export interface SignalInput {
  lat: number
  long: number
  /** `yyyy-mm-dd hh:mm:ss`, Almaty wall time as the client sent it. */
  time_sent: string
  /** UTC ISO instant the server saved the upload. */
  uploaded_at: string
  duration_s: number | null
  /** Almaty local ISO, or null when the file does not say. */
  recorded_at: string | null
  /** GPS points of the vehicle's earlier submissions (any report). */
  earlier: { lat: number; long: number }[]
}

/** Every signal but duplicate_video (that one needs the other submissions: see duplicateSignal). */
export function computeSignals(x: SignalInput): Signal[] {
  const out: Signal[] = []
  const zero = x.lat === 0 && x.long === 0
  if (zero) {
    out.push({
      code: 'gps_zero',
      severity: 'warn',
      message: 'Координаты 0, 0: телефон не определил местоположение',
      detail: { lat: 0, long: 0 },
    })
  }
  const points = x.earlier.filter((p) => !(p.lat === 0 && p.long === 0))
  if (!zero && points.length) {
    const center = { lat: median(points.map((p) => p.lat)), long: median(points.map((p) => p.long)) }
    const km = distanceKm(center, x)
    if (km > GPS_FAR_KM) {
      out.push({
        code: 'gps_far',
        severity: 'warn',
        message: `Снято в ${Math.round(km)} км от места прежних видео этой техники`,
        detail: {
          distance_km: Math.round(km * 10) / 10,
          median_lat: center.lat,
          median_long: center.long,
          earlier_submissions: points.length,
          limit_km: GPS_FAR_KM,
        },
      })
    }
  }
  const sent = instantOfLocal(x.time_sent).getTime()
  if (x.recorded_at) {
    const ahead = sent - instantOfLocal(x.recorded_at).getTime()
    // time_sent has whole seconds: a recording in the same second is not "after" it.
    if (ahead > RECORDED_BEFORE_HOURS * 3_600_000 || ahead < -1000) {
      out.push({
        code: 'recorded_long_before',
        severity: 'warn',
        message:
          ahead > 0
            ? `Видео снято за ${spanRu(ahead)} до отправки`
            : `Время съёмки (${x.recorded_at.replace('T', ' ')}) позже времени отправки на ${spanRu(ahead)}`,
        detail: {
          recorded_at: x.recorded_at,
          time_sent: x.time_sent.replace(' ', 'T'),
          hours_before_sent: Math.round((ahead / 3_600_000) * 10) / 10,
          limit_hours: RECORDED_BEFORE_HOURS,
        },
      })
    }
  }
  if (x.duration_s !== null && x.duration_s < MIN_DURATION_S) {
    out.push({
      code: 'too_short',
      severity: 'warn',
      message: `Видео длится ${x.duration_s.toLocaleString('ru-RU')} с: меньше ${MIN_DURATION_S} с`,
      detail: { duration_s: x.duration_s, min_s: MIN_DURATION_S },
    })
  }
  const uploaded = Date.parse(x.uploaded_at)
  if (sent - uploaded > SENT_AHEAD_MINUTES * 60_000) {
    out.push({
      code: 'time_sent_future',
      severity: 'info',
      message: `Время отправки на ${spanRu(sent - uploaded)} позже получения сервером: часы телефона спешат`,
      detail: {
        time_sent: x.time_sent.replace(' ', 'T'),
        received_at: localIso(new Date(uploaded)),
        minutes_ahead: Math.round((sent - uploaded) / 60_000),
        limit_minutes: SENT_AHEAD_MINUTES,
      },
    })
  }
  return out
}

/** The same file was sent for another report (or again for this one). */
export function duplicateSignal(other: {
  ref_key: string
  report_number: string
  plate_number: string
  uploaded_at: string
}): Signal {
  return {
    code: 'duplicate_video',
    severity: 'warn',
    message: `Этот же файл отправлен в отчёте № ${other.report_number}${other.plate_number ? ` (${other.plate_number})` : ''}`,
    detail: {
      ref_key: other.ref_key,
      report_number: other.report_number,
      plate_number: other.plate_number,
      uploaded_at: other.uploaded_at,
    },
  }
}
