import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { apiDay, formatDate, formatDateTime } from '@/lib/format/dates'
import { commonText, overdueTitle, roleTitle } from '@/lib/i18n/common-text'
import { failureText } from '@/lib/i18n/failure-text'
import { GLOSSARY, SAME_IN_KK } from '@/lib/i18n/glossary'
import { INTL_LOCALE, LOCALES, type Locale, parseLocale } from '@/lib/i18n/locale'
import { countOf } from '@/lib/i18n/plural'
import { employeesText } from './employees/employees-text'
import { insightsText } from './insights/insights-text'
import { loginText } from './login/login-text'
import { mediaText } from './media/media-text'
import { reportsText } from './reports/reports-text'
import { reviewText } from './review/review-text'
import { shellText } from './shell/shell-text'
import { stickersText } from './stickers/stickers-text'
import { tasksText } from './tasks/tasks-text'
import { vehiclesText } from './vehicles/vehicles-text'

/** Every dictionary of the portal, by its accessor (a new `*-text.ts` belongs in this list). */
const DICTIONARIES: Record<string, (l: Locale) => unknown> = {
  common: commonText,
  failure: failureText,
  employees: employeesText,
  insights: insightsText,
  login: loginText,
  media: mediaText,
  reports: reportsText,
  review: reviewText,
  shell: shellText,
  stickers: stickersText,
  tasks: tasksText,
  vehicles: vehiclesText,
}

const CYRILLIC = /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/
/** Russian little words that Kazakh never uses on its own: their presence means a Russian leftover. */
const RUSSIAN_WORDS =
  /(^|[\s«(])(и|или|в|во|на|для|с|со|по|из|от|к|что|это|нет|ещё|уже|при|не удалось)(?=$|[\s».,:;!?)])/i

type Finding = { path: string; problem: string; kk: string }

/**
 * Walks the Russian and Kazakh texts side by side. Sentences built by functions are called with
 * sample arguments (3, or '3'), so their fixed words are checked as well.
 */
function compare(ru: unknown, kk: unknown, path: string, out: Finding[]) {
  if (typeof ru === 'function' && typeof kk === 'function') {
    const args = Array.from({ length: ru.length }, () => 3)
    return compare(ru(...args), kk(...args), `${path}()`, out)
  }
  if (Array.isArray(ru) && Array.isArray(kk)) {
    if (ru.length !== kk.length) out.push({ path, problem: `length ${kk.length} ≠ ${ru.length}`, kk: '' })
    return ru.forEach((r, i) => compare(r, kk[i], `${path}[${i}]`, out))
  }
  if (ru && typeof ru === 'object' && kk && typeof kk === 'object') {
    const keys = new Set([...Object.keys(ru), ...Object.keys(kk)])
    for (const k of keys)
      compare((ru as Record<string, unknown>)[k], (kk as Record<string, unknown>)[k], `${path}.${k}`, out)
    return
  }
  if (typeof kk !== 'string' || typeof ru !== 'string') return out.push({ path, problem: 'missing', kk: String(kk) })
  if (!kk.trim()) return out.push({ path, problem: 'empty', kk })
  // A unit after a number («3 МБ») is the same word as a unit alone.
  const word = kk.replace(/^[\d.,]+\s*/, '')
  if (kk === ru && CYRILLIC.test(kk) && !SAME_IN_KK.has(word)) out.push({ path, problem: 'left in Russian', kk })
  else if (RUSSIAN_WORDS.test(kk)) out.push({ path, problem: 'Russian words', kk })
}

describe('the Kazakh dictionaries', () => {
  it('kk is a language of the portal, formatted by Intl as kk-KZ', () => {
    expect(LOCALES).toEqual(['ru', 'kk', 'en'])
    expect(parseLocale('kk')).toBe('kk')
    expect(INTL_LOCALE.kk).toBe('kk-KZ')
    expect(Intl.DateTimeFormat.supportedLocalesOf(['kk-KZ'])).toEqual(['kk-KZ'])
  })

  for (const [name, text] of Object.entries(DICTIONARIES)) {
    it(`${name}: every Russian text has a Kazakh one, not empty and not left in Russian`, () => {
      const findings: Finding[] = []
      compare(text('ru'), text('kk'), name, findings)
      expect(findings).toEqual([])
    })
  }

  it('the list above holds every *-text.ts dictionary of components/ and lib/', () => {
    const root = new URL('..', import.meta.url)
    const names = ['components', 'lib'].flatMap((dir) =>
      readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('-text.ts'))
        .map((f) => f.replace(/^.*\//, '').replace(/-text\.ts$/, '')),
    )
    expect(names.sort()).toEqual(Object.keys(DICTIONARIES).sort())
  })

  it('the check catches what it is for: an empty text, a copied Russian sentence, a missing key, Russian words (a unit after a number is no Russian leftover)', () => {
    const findings: Finding[] = []
    compare(
      {
        a: 'Отчёт',
        b: 'Видео не отправлено.',
        c: (n: number) => `Всего: ${n}`,
        d: 'Есть',
        e: 'Имя или телефон',
        f: (n: number) => `${n} МБ`,
      },
      {
        a: '',
        b: 'Видео не отправлено.',
        c: (n: number) => `Всего: ${n}`,
        e: 'Аты или телефон',
        f: (n: number) => `${n} МБ`,
      },
      't',
      findings,
    )
    expect(findings.map((f) => `${f.path} ${f.problem}`)).toEqual([
      't.a empty',
      't.b left in Russian',
      't.c() left in Russian',
      't.d missing',
      't.e Russian words',
    ])
  })
})

describe('dates and counts in Kazakh', () => {
  const d = new Date('2026-11-29T12:00:00Z')
  it('dates use Kazakh month names and the dd.mm.yyyy numbers', () => {
    expect(formatDate(d, 'kk')).toContain('қараша')
    expect(formatDateTime(d, 'kk')).toBe('29.11.2026, 17:00')
  })
  it("a report's day is the API's Russian words in ru, and Intl's in kk and en", () => {
    const day = '2025-12-22T00:00:00'
    expect(apiDay('ru', day, '22 декабря 2025')).toBe('22 декабря 2025')
    expect(apiDay('kk', day, '22 декабря 2025')).toBe('2025 ж. 22 желтоқсан')
    expect(apiDay('en', day, '22 декабря 2025')).toBe('22 December 2025')
    expect(apiDay('kk', 'not a date', '22 декабря 2025')).toBe('22 декабря 2025')
  })
  it("the sender's role in a report's history, from the API's Russian title", () => {
    expect(['Сотрудник', 'Директор', 'Forte'].map((t) => roleTitle('kk', t))).toEqual([
      'Қызметкер',
      'Директор',
      'Forte',
    ])
    expect(roleTitle('en', 'Сотрудник')).toBe('Employee')
    expect(roleTitle('ru', 'Сотрудник')).toBe('Сотрудник')
  })
  it('a Kazakh noun stays singular after a number', () => {
    expect([1, 2, 5, 21].map((n) => countOf('kk', n, { other: 'жапсырма' }))).toEqual([
      '1 жапсырма',
      '2 жапсырма',
      '5 жапсырма',
      '21 жапсырма',
    ])
    expect(stickersText('kk').summary(24, 1)).toBe('24 жапсырма, 1 бет')
  })
  it("an overdue badge says how late in the reader's language (the API words it in Russian only)", () => {
    expect(overdueTitle('ru', 'Просрочен на 3 дн.')).toBe('Просрочен на 3 дн.')
    expect(overdueTitle('kk', 'Просрочен на 3 дн.')).toBe('3 күнге кешікті')
    expect(overdueTitle('en', 'Просрочен на 1 дн.')).toBe('1 day late')
    expect(overdueTitle('en', 'Просрочен на 12 дн.')).toBe('12 days late')
    expect(overdueTitle('kk', 'Просрочен')).toBe('Мерзімі өткен')
  })
})

describe('the glossary', () => {
  // Each place where a dictionary names a glossary term, in every language.
  const uses: [string, (l: Locale) => string, keyof (typeof GLOSSARY)['ru']][] = [
    ['reports.title', (l) => reportsText(l).title, 'reports'],
    ['reports.colPlate', (l) => reportsText(l).colPlate, 'plate'],
    ['reports.plate', (l) => reportsText(l).plate, 'plate'],
    ['reports.csv.plate', (l) => reportsText(l).csv.plate, 'plate'],
    ['reports.colContract', (l) => reportsText(l).colContract, 'contract'],
    ['reports.status', (l) => reportsText(l).status, 'status'],
    ['reports.period', (l) => reportsText(l).period, 'period'],
    ['reports.deadline', (l) => reportsText(l).deadline, 'deadline'],
    ['reports.colFinish', (l) => reportsText(l).colFinish, 'deadline'],
    ['reports.overdue', (l) => reportsText(l).overdue, 'overdue'],
    ['reports.rejectReason', (l) => reportsText(l).rejectReason, 'rejectReason'],
    ['reports.vehicle', (l) => reportsText(l).vehicle, 'vehicle'],
    ['reports.video', (l) => reportsText(l).video, 'video'],
    ['vehicles.title', (l) => vehiclesText(l).title, 'vehicles'],
    ['vehicles.colPlate', (l) => vehiclesText(l).colPlate, 'plate'],
    ['vehicles.contract', (l) => vehiclesText(l).contract, 'contract'],
    ['vehicles.rejectReason', (l) => vehiclesText(l).rejectReason, 'rejectReason'],
    ['stickers.title', (l) => stickersText(l).title, 'stickers'],
    ['stickers.colPlate', (l) => stickersText(l).colPlate, 'plate'],
    ['stickers.colCompany', (l) => stickersText(l).colCompany, 'company'],
    ['review.title', (l) => reviewText(l).title, 'review'],
    ['review.factBiin', (l) => reviewText(l).factBiin, 'biin'],
    ['review.approve', (l) => reviewText(l).approve, 'approve'],
    ['review.reject', (l) => reviewText(l).reject, 'reject'],
    ['review.factContract', (l) => reviewText(l).factContract, 'contract'],
    ['login.biin', (l) => loginText(l).biin, 'biin'],
    ['login.director', (l) => loginText(l).director, 'director'],
    ['login.employee', (l) => loginText(l).employee, 'employee'],
    ['employees.title', (l) => employeesText(l).title, 'employees'],
    ['shell.nav.reports', (l) => shellText(l).nav.reports, 'reports'],
    ['shell.nav.vehicles', (l) => shellText(l).nav.vehicles, 'vehicles'],
    ['shell.nav.review', (l) => shellText(l).nav.review, 'review'],
    ['shell.nav.stickers', (l) => shellText(l).nav.stickers, 'stickers'],
    ['shell.roles.employee', (l) => shellText(l).roles.employee, 'employee'],
    ['common.status[3]', (l) => commonText(l).status[3], 'approved'],
    ['common.status[4]', (l) => commonText(l).status[4], 'rejected'],
  ]
  for (const l of LOCALES) {
    it(`${l}: the dictionaries name each term as the glossary does`, () => {
      const off = uses.filter(([, get, term]) => get(l) !== GLOSSARY[l][term]).map(([where]) => where)
      expect(off).toEqual([])
    })
  }
})
