'use client'

import { useEffect, useId, useState } from 'react'
import { Input } from '@/components/ui/input'
import type { ReportParams } from './report-params'
import type { VehicleOption } from './report-rows'
import type { ReportsText } from './reports-text'

type Option = { value: string; label: string }
type Props = {
  params: ReportParams
  statuses: Option[]
  ranges: Option[]
  vehicles: VehicleOption[]
  /** A select changed: a new history entry (back/forward step through views). */
  onChange: (key: keyof ReportParams, value: string | undefined, mode: 'push' | 'replace') => void
  onReset: () => void
  text: ReportsText
}

const selectClass =
  'h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent'

/** Status, period, vehicle (options from the API's own `filter`) and free-text search. */
export function ReportFilters({ params, statuses, ranges, vehicles, onChange, onReset, text }: Props) {
  const id = useId()
  const [q, setQ] = useState(params.q ?? '')
  // Back/forward changes the URL under us: follow it.
  useEffect(() => setQ(params.q ?? ''), [params.q])
  // Typing writes the URL 300 ms after the last key, replacing (not stacking) history entries.
  useEffect(() => {
    if ((params.q ?? '') === q.trim()) return
    const t = setTimeout(() => onChange('q', q.trim() || undefined, 'replace'), 300)
    return () => clearTimeout(t)
  }, [q, params.q, onChange])

  const select = (key: 'status' | 'range' | 'vehicle', label: string, options: Option[], value: string | undefined) => (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
      {label}
      <select
        name={key}
        className={selectClass}
        value={value ?? ''}
        onChange={(e) => onChange(key, e.target.value || undefined, 'push')}
      >
        <option value="">{text.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
  const hasAny = Boolean(params.status || params.range || params.vehicle || params.q)
  return (
    <form
      role="search"
      aria-label={text.filtersLabel}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        onChange('q', q.trim() || undefined, 'push')
      }}
    >
      {select('status', text.status, statuses, params.status ? String(params.status) : undefined)}
      {select('range', text.period, ranges, params.range)}
      {select('vehicle', text.vehicle, vehicles, params.vehicle)}
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor={`${id}-q`} className="text-sm font-medium text-slate-800">
          {text.search}
        </label>
        <Input
          id={`${id}-q`}
          type="search"
          name="q"
          value={q}
          placeholder={text.searchPlaceholder}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {hasAny ? (
        <button
          type="button"
          onClick={() => {
            setQ('')
            onReset()
          }}
          className="h-10 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent"
        >
          {text.reset}
        </button>
      ) : null}
    </form>
  )
}
