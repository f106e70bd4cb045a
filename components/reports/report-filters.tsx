'use client'

import { useId } from 'react'
import { ResetButton, SearchBox } from '@/components/ui/search-box'
import { type Option, SelectField } from '@/components/ui/select-field'
import { useDebouncedInput } from '@/components/ui/use-debounced-input'
import type { ReportParams } from './report-params'
import type { ReportsText } from './reports-text'

type Props = {
  params: ReportParams
  statuses: Option[]
  ranges: Option[]
  vehicles: Option[]
  /** A select changed: a new history entry (back/forward step through views). */
  onChange: (key: keyof ReportParams, value: string | undefined, mode: 'push' | 'replace') => void
  onReset: () => void
  text: ReportsText
}

/** Status, period, vehicle (options from the API's own `filter`) and free-text search. */
export function ReportFilters({ params, statuses, ranges, vehicles, onChange, onReset, text }: Props) {
  const id = useId()
  // Typing writes the URL 300 ms after the last key, replacing (not stacking) history entries.
  const q = useDebouncedInput(params.q ?? '', (v) => onChange('q', v || undefined, 'replace'))
  const select = (key: 'status' | 'range' | 'vehicle', label: string, options: Option[], value: string | undefined) => (
    <SelectField
      label={label}
      name={key}
      options={options}
      anyLabel={text.any}
      value={value ?? ''}
      onChange={(e) => onChange(key, e.target.value || undefined, 'push')}
    />
  )
  const hasAny = Boolean(params.status || params.range || params.vehicle || params.q)
  return (
    <form
      role="search"
      aria-label={text.filtersLabel}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        onChange('q', q.value.trim() || undefined, 'push')
      }}
    >
      {select('status', text.status, statuses, params.status ? String(params.status) : undefined)}
      {select('range', text.period, ranges, params.range)}
      {select('vehicle', text.vehicle, vehicles, params.vehicle)}
      <SearchBox id={`${id}-q`} text={text} q={q} className="flex min-w-64 flex-1 flex-col gap-1" />
      {hasAny ? (
        <ResetButton
          onClick={() => {
            q.set('')
            onReset()
          }}
        >
          {text.reset}
        </ResetButton>
      ) : null}
    </form>
  )
}
