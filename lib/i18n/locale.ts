/**
 * The portal's languages: Russian by default, Kazakh and English on request (the `locale` cookie, one
 * year). A new language is one entry here plus one dictionary in each feature's `*-text.ts`: every
 * `Dictionary<T>` then asks for it, so the compiler lists what is left to translate.
 * The order is the switch's order (RU / KZ / EN).
 */
export const LOCALES = ['ru', 'kk', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'ru'
export const LOCALE_COOKIE = 'locale'

const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v)
export const parseLocale = (v: string | undefined): Locale => (isLocale(v) ? v : DEFAULT_LOCALE)

/** The tag `Intl` formats numbers, dates and plurals with (Node 20 and Chromium carry full ICU data for kk-KZ). */
export const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' }

/** What the language switch shows: the country code KZ for Kazakh, as people in Kazakhstan expect. */
export const LOCALE_LABEL: Record<Locale, string> = { ru: 'RU', kk: 'KZ', en: 'EN' }

/** One text object per language, all of the same type (so no key is missing in any of them). */
export type Dictionary<T> = Record<Locale, T>

/**
 * Each feature keeps its texts in `components/<feature>/<feature>-text.ts`: a `ru` object, the other
 * languages of the same type, and `<feature>Text(locale)`. `byLocale` is that last step.
 */
export const byLocale = <T>(locale: Locale, texts: Dictionary<T>): T => texts[locale]
