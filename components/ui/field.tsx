import type { ReactNode } from 'react'

/** Label + control + error text (announced politely). */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string
  label: ReactNode
  error?: string
  hint?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="space-y-1.5" data-invalid={error ? true : undefined}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="text-xs text-slate-600">{hint}</p> : null}
      <p id={`${id}-error`} aria-live="polite" className="min-h-0 text-sm text-red-700">
        {error}
      </p>
    </div>
  )
}
