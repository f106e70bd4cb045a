import { clsx } from 'clsx'
import type { ReactNode } from 'react'

/** One fact: label, value, and an optional class for the value (e.g. `font-mono` for a VIN). */
export type Definition = [label: string, value: ReactNode, valueClass?: string]

/** Labelled facts in two aligned columns (a report's period, a vehicle's contract and VIN…). */
export function DefinitionList({
  rows,
  className,
  testId,
}: {
  rows: Definition[]
  className?: string
  testId?: string
}) {
  return (
    <dl className={clsx('grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm', className)} data-testid={testId}>
      {rows.map(([k, v, cls]) => (
        <div key={k} className="contents">
          <dt className="text-slate-600">{k}</dt>
          <dd className={clsx('text-slate-900', cls)}>{v}</dd>
        </div>
      ))}
    </dl>
  )
}
