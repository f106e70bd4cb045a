import { byLocale, type Locale } from './locale'

/** Words every feature shows the same way: report statuses, date ranges. */
const ru = {
  status: { 1: 'Сдать Отчет', 2: 'Отправлено', 3: 'Одобрено', 4: 'Отказано' } as Record<number, string>,
  dateRange: { '1w': 'Неделя', '1m': 'Месяц', '6m': 'Полгода', '1y': 'Год' } as Record<string, string>,
  overdue: 'Просрочен',
  all: 'Все',
  retry: 'Повторить',
}
type CommonText = typeof ru
const en: CommonText = {
  status: { 1: 'Report due', 2: 'Sent', 3: 'Approved', 4: 'Rejected' },
  dateRange: { '1w': 'Week', '1m': 'Month', '6m': 'Half a year', '1y': 'Year' },
  overdue: 'Overdue',
  all: 'All',
  retry: 'Retry',
}

export const commonText = (locale: Locale) => byLocale(locale, { ru, en })

/**
 * A status title in the reader's language. In Russian the API's own title wins (it is the
 * source of truth); in English our translation of the code.
 */
export const statusTitle = (locale: Locale, code: number, apiTitle?: string) =>
  locale === 'ru' && apiTitle ? apiTitle : (commonText(locale).status[code] ?? apiTitle ?? String(code))
