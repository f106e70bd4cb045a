import type { ReactNode } from 'react'

/** What a list shows when it has nothing to show (an empty queue, no match for the filters). */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
      {children}
    </p>
  )
}
