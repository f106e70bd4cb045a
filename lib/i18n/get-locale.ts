import 'server-only'
import { cookies } from 'next/headers'
import { LOCALE_COOKIE, type Locale, parseLocale } from './locale'

/** The signed-in person's language, for server components, actions and route handlers. */
export async function getLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value)
}
