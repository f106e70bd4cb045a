'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useId, useTransition } from 'react'
import { ResetButton, SearchBox } from '@/components/ui/search-box'
import { type Option, SelectField } from '@/components/ui/select-field'
import { useDebouncedInput } from '@/components/ui/use-debounced-input'
import type { VehiclesText } from './vehicles-text'

type Key = 'status' | 'range' | 'sort' | 'q'

/** Plain strings only: the texts cross from the server page to this client component. */
type Props = {
  statuses: Option[]
  ranges: Option[]
  sorts: Option[]
  text: Pick<
    VehiclesText,
    'filtersLabel' | 'status' | 'period' | 'any' | 'reset' | 'sort' | 'sortDefault' | 'search' | 'searchPlaceholder'
  >
}

/** Status, period, sort and a plate/VIN search; the URL is the only state (a change goes back to page 1). */
export function VehicleFilters({ statuses, ranges, sorts, text }: Props) {
  const id = useId()
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [pending, startTransition] = useTransition()

  const show = (qs: string) =>
    startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }))
  const update = (key: Key, value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    next.delete('page')
    show(next.toString())
  }
  const q = useDebouncedInput(params.get('q') ?? '', (v) => update('q', v))
  const select = (key: Exclude<Key, 'q'>, label: string, options: Option[], anyLabel = text.any) => (
    <SelectField
      label={label}
      name={key}
      options={options}
      anyLabel={anyLabel}
      value={params.get(key) ?? ''}
      onChange={(e) => update(key, e.target.value)}
    />
  )

  const hasAny = ['status', 'range', 'sort', 'q'].some((k) => params.has(k))
  return (
    <form
      role="search"
      aria-label={text.filtersLabel}
      aria-busy={pending}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        update('q', q.value.trim())
      }}
    >
      {/* laid out like SelectField's label, so the boxes line up */}
      <SearchBox id={`${id}-q`} text={text} q={q} className="flex min-w-0 flex-1 basis-56 flex-col gap-1" />
      {select('status', text.status, statuses)}
      {select('range', text.period, ranges)}
      {select('sort', text.sort, sorts, text.sortDefault)}
      {hasAny ? (
        <ResetButton
          onClick={() => {
            q.set('')
            show('')
          }}
        >
          {text.reset}
        </ResetButton>
      ) : null}
    </form>
  )
}
