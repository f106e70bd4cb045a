import { getLocale } from '@/lib/i18n/get-locale'
import type { Locale } from '@/lib/i18n/locale'
import { type StatusLink, StatusPage } from './status-page'

/** A detail page's not-found.tsx: the thing is unknown (or another company's), with the way back to its list. */
export const notFoundPage = (texts: (locale: Locale) => { title: string; text: string; back: StatusLink }) =>
  async function NotFound() {
    const t = texts(await getLocale())
    return (
      <StatusPage code="404" title={t.title} links={[t.back]}>
        {t.text}
      </StatusPage>
    )
  }
