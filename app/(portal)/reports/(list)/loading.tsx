import { reportsText } from '@/components/reports/reports-text'
import { PageSkeleton } from '@/components/ui/skeleton'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function Loading() {
  return <PageSkeleton label={reportsText(await getLocale()).loading} />
}
