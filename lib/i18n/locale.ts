/** The portal speaks Russian by default and English on request (the `locale` cookie, one year). */
export type Locale = 'ru' | 'en'
export const LOCALE_COOKIE = 'locale'
export const parseLocale = (v: string | undefined): Locale => (v === 'en' ? 'en' : 'ru')

/**
 * Each feature keeps its texts in `components/<feature>/<feature>-text.ts`: a `ru` object, an `en`
 * object of the same type (so no key is missing in English), and `<feature>Text(locale)`.
 * `byLocale` is that last step.
 */
export const byLocale = <T>(locale: Locale, texts: { ru: T; en: T }): T => texts[locale]
