import { vehiclesText } from '@/components/vehicles/vehicles-text'
import { PageSkeleton } from '@/components/ui/skeleton'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function Loading() {
  const text = vehiclesText(await getLocale())
  return <PageSkeleton label={text.loading} title={text.title} description={text.description} />
}
