import { shellText } from '@/components/shell/shell-text'
import { StatusPage } from '@/components/shell/status-page'
import { getLocale } from '@/lib/i18n/get-locale'

/** What `forbidden()` renders, with HTTP 403: a signed-in user whose role may not open the page. */
export default async function Forbidden() {
  const text = shellText(await getLocale())
  const links = [
    { href: '/', label: text.home },
    { href: '/login', label: text.forbidden.otherRole },
  ]
  return (
    <StatusPage main code="403" title={text.forbidden.title} links={links}>
      {text.forbidden.text}
    </StatusPage>
  )
}
