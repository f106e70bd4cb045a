import { shellText } from '@/components/shell/shell-text'
import { StatusPage } from '@/components/shell/status-page'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function NotFound() {
  const text = shellText(await getLocale())
  return (
    <StatusPage main code="404" title={text.notFound.title} links={[{ href: '/', label: text.home }]}>
      {text.notFound.text}
    </StatusPage>
  )
}
