import { insightsText } from '@/components/insights/insights-text'
import { PageSkeleton } from '@/components/ui/skeleton'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function Loading() {
  const text = insightsText(await getLocale()).clients
  return <PageSkeleton label={text.loading} title={text.title} description={text.description} />
}
