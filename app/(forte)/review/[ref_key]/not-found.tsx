import { reviewText } from '@/components/review/review-text'
import { notFoundPage } from '@/components/shell/not-found-page'

/** An unknown ref_key (or one 1C has removed). */
export default notFoundPage((locale) => {
  const t = reviewText(locale)
  return { title: t.notFoundTitle, text: t.notFoundText, back: { href: '/review', label: t.backToQueue } }
})
