import { reportsText } from '@/components/reports/reports-text'
import { notFoundPage } from '@/components/shell/not-found-page'

/** An unknown report or another company's: the API does not say which, nor do we. */
export default notFoundPage((locale) => {
  const t = reportsText(locale)
  return { title: t.notFoundTitle, text: t.notFoundText, back: { href: '/reports', label: t.toList } }
})
