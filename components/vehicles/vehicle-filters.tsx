'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useTransition } from 'react'

type Option = { value: string; label: string }
type Props = {
  statuses: Option[]
  ranges: Option[]
  text: { filtersLabel: string; status: string; period: string; any: string; reset: string }
}

const selectClass =
  'h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent'

/** Status and period selects; the URL is the only state (clone params, set or delete, replace). */
export function VehicleFilters({ statuses, ranges, text }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [pending, startTransition] = useTransition()

  const update = (key: 'status' | 'range', value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    const qs = next.toString()
    startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }))
  }

  const hasAny = params.has('status') || params.has('range')
  return (
    <form
      role="search"
      aria-label={text.filtersLabel}
      aria-busy={pending}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        {text.status}
        <select
          name="status"
          className={selectClass}
          value={params.get('status') ?? ''}
          onChange={(e) => update('status', e.target.value)}
        >
          <option value="">{text.any}</option>
          {statuses.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        {text.period}
        <select
          name="range"
          className={selectClass}
          value={params.get('range') ?? ''}
          onChange={(e) => update('range', e.target.value)}
        >
          <option value="">{text.any}</option>
          {ranges.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {hasAny ? (
        <button
          type="button"
          className="h-10 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent"
          onClick={() => startTransition(() => router.replace(pathname, { scroll: false }))}
        >
          {text.reset}
        </button>
      ) : null}
    </form>
  )
}
