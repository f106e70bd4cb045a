import { vehiclesText } from '@/components/vehicles/vehicles-text'
import { PageSkeleton } from '@/components/ui/skeleton'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function Loading() {
  return <PageSkeleton label={vehiclesText(await getLocale()).loading} />
}
