import { INTL_LOCALE, type Locale } from '@/lib/i18n/locale'

/** Dates as the business reads them: Asia/Almaty, in Russian by default. */
export const BUSINESS_TIME_ZONE = 'Asia/Almaty'

/**
 * The API's `*_datetime` is local Almaty time without an offset (`2022-03-03T00:00:00`).
 * Almaty is UTC+5 all year (no daylight saving), so the instant is that wall time minus 5 h.
 */
export function parseApiDateTime(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s)
  if (!m) return new Date(NaN)
  const [, y, mo, d, h = '0', mi = '0', se = '0'] = m
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h - 5, +mi, +se))
}

/** An instant from the API: UTC ISO (`*_at`) or Almaty wall time without an offset (`time_sent`). */
export function instantOf(s: string | undefined): Date | undefined {
  if (!s) return undefined
  const hasZone = /[zZ]$|[+-]\d{2}:?\d{2}$/.test(s)
  const d = hasZone ? new Date(s) : parseApiDateTime(s)
  return Number.isNaN(d.getTime()) ? undefined : d
}

/**
 * A formatter per language, made on first use and then kept: making an Intl.DateTimeFormat costs far
 * more than using one (a table has many dates), and the first one with a time zone loads the zone data
 * (~15 ms on a phone), which a page that shows no date must not pay while it loads.
 */
const format = (options: Intl.DateTimeFormatOptions, intlLocale?: string) => {
  const made = new Map<Locale, Intl.DateTimeFormat>()
  return (d: Date, locale: Locale = 'ru') => {
    let f = made.get(locale)
    if (!f) {
      f = new Intl.DateTimeFormat(intlLocale ?? INTL_LOCALE[locale], { timeZone: BUSINESS_TIME_ZONE, ...options })
      made.set(locale, f)
    }
    return f.format(d)
  }
}

export const formatDate = format({ day: '2-digit', month: 'long', year: 'numeric' })

export const formatDateTime = format({
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/**
 * A report's business day (`date_start` / `date_finish`) in the reader's language. The API renders it
 * in Russian only (`22 декабря 2025`): Russian keeps those words, the other languages format the
 * day itself (`2025 ж. 22 желтоқсан`, `22 December 2025`).
 */
export function apiDay(locale: Locale, datetime: string, render: string): string {
  if (locale === 'ru') return render
  const d = parseApiDateTime(datetime)
  return Number.isNaN(d.getTime()) ? render : formatDay(d, locale)
}
const formatDay = format({ day: 'numeric', month: 'long', year: 'numeric' })

/** `2023-11-16T00:00:00` or `2023-11-16` → `16.11.2023` (business dates carry no zone: no Date parsing). */
export function formatBusinessDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value
}

/** `YYYY-MM-DD` of the business day (Asia/Almaty) an instant falls on: "today" for the API's date filters. */
export function businessYmd(instant: Date = new Date()): string {
  return ymd(instant)
}
const ymd = format({}, 'en-CA')
