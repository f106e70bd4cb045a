import { insightsText } from '@/components/insights/insights-text'
import { PageSkeleton } from '@/components/ui/skeleton'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function Loading() {
  return <PageSkeleton label={insightsText(await getLocale()).clients.loading} />
}
