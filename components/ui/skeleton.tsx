import { clsx } from 'clsx'
import { PageHeader } from '@/components/shell/page-header'

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={clsx('animate-pulse rounded-md bg-slate-200', className)} />
}

/**
 * A page-sized placeholder for loading.tsx files, under the page's own title and description: they
 * need no data, so they show at once and stay put when the page arrives (its largest text is painted
 * first, not after the data).
 */
export function PageSkeleton({ label, title, description }: { label: string; title: string; description: string }) {
  return (
    <div className="space-y-4">
      <PageHeader title={title} description={description} />
      <div role="status" aria-label={label} className="space-y-4">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-64 w-full" />
        <span className="sr-only">{label}</span>
      </div>
    </div>
  )
}
