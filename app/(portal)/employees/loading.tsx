import { employeesText } from '@/components/employees/employees-text'
import { PageHeader } from '@/components/shell/page-header'
import { Skeleton } from '@/components/ui/skeleton'
import { getLocale } from '@/lib/i18n/get-locale'

export default async function Loading() {
  const text = employeesText(await getLocale())
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <div role="status" aria-label={text.loading} className="space-y-4">
        <Skeleton className="h-28 w-full" />
        <Skeleton className="h-10 w-80" />
        <div className="space-y-2">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-11 w-full" />
          ))}
        </div>
        <span className="sr-only">{text.loading}</span>
      </div>
    </div>
  )
}
