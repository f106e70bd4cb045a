import { notFoundPage } from '@/components/shell/not-found-page'
import { vehiclesText } from '@/components/vehicles/vehicles-text'

/** A director opening another company's vehicle (or an unknown id) lands here: the API says 404 for both. */
export default notFoundPage((locale) => {
  const t = vehiclesText(locale)
  return { title: t.notFoundTitle, text: t.notFoundText, back: { href: '/vehicles', label: t.toList } }
})
