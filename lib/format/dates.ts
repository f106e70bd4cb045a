/** Dates as the business reads them: Asia/Almaty, in Russian by default. */
export const BUSINESS_TIME_ZONE = 'Asia/Almaty'
export type Locale = 'ru' | 'en'
const intlLocale = (l: Locale) => (l === 'en' ? 'en-GB' : 'ru-RU')

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

export function formatDate(d: Date, locale: Locale = 'ru'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: BUSINESS_TIME_ZONE,
    day: '2-digit',
    month: 'long',
    year: 'numeric',
  }).format(d)
}

export function formatDateTime(d: Date, locale: Locale = 'ru'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: BUSINESS_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d)
}
