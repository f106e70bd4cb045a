import { clsx } from 'clsx'
import type { SelectHTMLAttributes } from 'react'

export type Option = { value: string; label: string }

/** A labelled filter select whose first option means "any" (an empty value: no filter). */
export function SelectField({
  label,
  options,
  anyLabel,
  className,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; options: Option[]; anyLabel: string }) {
  return (
    <label className={clsx('flex flex-col gap-1 text-sm font-medium text-slate-800', className)}>
      {label}
      <select
        className="h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        {...select}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
