import { LOCALE_COOKIE, type Locale } from './locale'

/** Remembers the reader's language for a year (the browser side of the `locale` cookie). */
export function saveLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`
}
