import { INTL_LOCALE, type Locale } from '@/lib/i18n/locale'

/** Numbers and months of the insights pages, in the reader's language. */

/** on_time ÷ due (a report never sent is not on time), or null for a month with nothing due. */
export const onTimeRate = (c: { due: number; on_time: number }) => (c.due > 0 ? c.on_time / c.due : null)

/** `0.8387` → `83,9 %` (ru) / `83.9%` (en); null → the "none" dash. */
export function percent(locale: Locale, rate: number | null, none = '—'): string {
  if (rate === null) return none
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 1 }).format(rate)
}

/** `2026-11` → `нояб.` (short, the chart's axis) or `ноябрь 2026 г.` (long, the table). */
export function monthLabel(locale: Locale, month: string, style: 'short' | 'long'): string {
  const [y, m] = month.split('-').map(Number)
  if (!y || !m) return month
  const opts: Intl.DateTimeFormatOptions =
    style === 'short' ? { month: 'short', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], opts).format(new Date(Date.UTC(y, m - 1, 1)))
}

/** Hours as the API gives them (one decimal), in the reader's digits, or the dash. */
export const hoursOrNone = (locale: Locale, h: number | null, hours: (n: string) => string, none = '—') =>
  h === null ? none : hours(new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(h))
