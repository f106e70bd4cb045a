import { stickersText } from '@/components/stickers/stickers-text'
import { PageSkeleton } from '@/components/ui/skeleton'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function Loading() {
  return <PageSkeleton label={stickersText(await getLocale()).loading} />
}
