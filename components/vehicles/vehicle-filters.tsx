'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useTransition } from 'react'
import { type Option, SelectField } from '@/components/ui/select-field'
import type { VehiclesText } from './vehicles-text'

/** Plain strings only: the texts cross from the server page to this client component. */
type Props = {
  statuses: Option[]
  ranges: Option[]
  text: Pick<VehiclesText, 'filtersLabel' | 'status' | 'period' | 'any' | 'reset'>
}

/** Status and period selects; the URL is the only state (clone params, set or delete, replace). */
export function VehicleFilters({ statuses, ranges, text }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [pending, startTransition] = useTransition()

  const show = (qs: string) =>
    startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }))
  const update = (key: 'status' | 'range', value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    show(next.toString())
  }
  const select = (key: 'status' | 'range', label: string, options: Option[]) => (
    <SelectField
      label={label}
      name={key}
      options={options}
      anyLabel={text.any}
      value={params.get(key) ?? ''}
      onChange={(e) => update(key, e.target.value)}
    />
  )

  const hasAny = params.has('status') || params.has('range')
  return (
    <form
      role="search"
      aria-label={text.filtersLabel}
      aria-busy={pending}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
    >
      {select('status', text.status, statuses)}
      {select('range', text.period, ranges)}
      {hasAny ? (
        <button
          type="button"
          className="h-10 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent"
          onClick={() => show('')}
        >
          {text.reset}
        </button>
      ) : null}
    </form>
  )
}
