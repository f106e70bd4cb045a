import { reviewText } from '@/components/review/review-text'
import { PageSkeleton } from '@/components/ui/skeleton'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function Loading() {
  return <PageSkeleton label={reviewText(await getLocale()).loading} />
}
