import type { DateRange, StatusCode } from '@/lib/forte/schemas/common'
import { byLocale, type Dictionary, type Locale } from './locale'

/**
 * Words every feature shows the same way. Report statuses and periods are read from their codes, in
 * one spelling each (the API's own titles vary: «Сдать Отчет»), so a badge, a filter, a counter and
 * a CSV cell always agree.
 */
type CommonText = {
  status: Record<StatusCode, string>
  dateRange: Record<DateRange, string>
  all: string
  retry: string
  close: string
  loading: string
  pages: {
    /** The accessible name of a table's page links. */
    label: (table: string) => string
    page: (n: number, of: number) => string
    rows: (from: number, to: number, total: number) => string
    prev: string
    next: string
  }
}

const texts: Dictionary<CommonText> = {
  ru: {
    status: { 1: 'Сдать отчёт', 2: 'Отправлено', 3: 'Одобрено', 4: 'Отказано' },
    dateRange: { '1w': 'Неделя', '1m': 'Месяц', '6m': 'Полгода', '1y': 'Год' },
    all: 'Все',
    retry: 'Повторить',
    close: 'Закрыть',
    loading: 'Загрузка…',
    pages: {
      label: (table) => `${table}: страницы`,
      page: (n, of) => `Страница ${n} из ${of}`,
      rows: (a, b, t) => `${a}–${b} из ${t}`,
      prev: 'Назад',
      next: 'Вперёд',
    },
  },
  en: {
    status: { 1: 'Report due', 2: 'Sent', 3: 'Approved', 4: 'Rejected' },
    dateRange: { '1w': 'Week', '1m': 'Month', '6m': 'Half a year', '1y': 'Year' },
    all: 'All',
    retry: 'Retry',
    close: 'Close',
    loading: 'Loading…',
    pages: {
      label: (table) => `${table}: pages`,
      page: (n, of) => `Page ${n} of ${of}`,
      rows: (a, b, t) => `${a}–${b} of ${t}`,
      prev: 'Previous',
      next: 'Next',
    },
  },
}

export const commonText = (locale: Locale) => byLocale(locale, texts)

/** A report status in the reader's language, from its code (the API's title only for a code we do not know). */
export const statusTitle = (locale: Locale, code: number, apiTitle?: string): string =>
  commonText(locale).status[code as StatusCode] ?? apiTitle ?? String(code)

/** Select options of the statuses and periods an API `filter` offers, titled from their codes. */
export function statusOptions(locale: Locale, codes: Iterable<string>) {
  return [...codes].map((value) => ({ value, label: statusTitle(locale, Number(value)) }))
}
export function rangeOptions(locale: Locale, codes: Iterable<string>) {
  const titles: Record<string, string> = commonText(locale).dateRange
  return [...codes].map((value) => ({ value, label: titles[value] ?? value }))
}
