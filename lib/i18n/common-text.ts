import type { DateRange, StatusCode } from '@/lib/forte/schemas/common'
import { GLOSSARY } from './glossary'
import { byLocale, type Dictionary, type Locale } from './locale'
import { countOf } from './plural'

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

/** The status titles by code, from the glossary (one spelling per language). */
const statusesOf = (locale: Locale): Record<StatusCode, string> => {
  const g = GLOSSARY[locale]
  return { 1: g.due, 2: g.sent, 3: g.approved, 4: g.rejected }
}

const texts: Dictionary<CommonText> = {
  ru: {
    status: statusesOf('ru'),
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
    status: statusesOf('en'),
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
  kk: {
    status: statusesOf('kk'),
    dateRange: { '1w': 'Апта', '1m': 'Ай', '6m': 'Жарты жыл', '1y': 'Жыл' },
    all: 'Барлығы',
    retry: 'Қайталау',
    close: 'Жабу',
    loading: 'Жүктелуде…',
    pages: {
      label: (table) => `${table}: беттер`,
      // Numbers take no case ending here: «${n}-бет» would need vowel harmony with the spoken number.
      page: (n, of) => `Бет: ${n} / ${of}`,
      rows: (a, b, t) => `${a}–${b}, барлығы ${t}`,
      prev: 'Артқа',
      next: 'Алға',
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
/**
 * How late an overdue report is. The API words it in Russian only (`Просрочен на 3 дн.`): Russian
 * keeps it as sent; the other languages take its number of days and say it themselves.
 */
export function overdueTitle(locale: Locale, apiTitle: string): string {
  if (locale === 'ru') return apiTitle
  const days = Number(/\d+/.exec(apiTitle)?.[0])
  if (!Number.isFinite(days)) return GLOSSARY[locale].overdue
  return locale === 'kk' ? `${days} күнге кешікті` : `${countOf(locale, days, { one: 'day', other: 'days' })} late`
}

/** Who sent a video, as the API titles it in Russian («Директор», «Сотрудник»), in the reader's language. */
export function roleTitle(locale: Locale, apiTitle: string): string {
  const ru = GLOSSARY.ru
  if (apiTitle === ru.employee) return GLOSSARY[locale].employee
  if (apiTitle === ru.director) return GLOSSARY[locale].director
  return apiTitle
}

export function rangeOptions(locale: Locale, codes: Iterable<string>) {
  const titles: Record<string, string> = commonText(locale).dateRange
  return [...codes].map((value) => ({ value, label: titles[value] ?? value }))
}
