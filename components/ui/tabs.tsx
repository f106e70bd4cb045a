'use client'

import { clsx } from 'clsx'
import { useId, useRef, type ReactNode } from 'react'

export type TabItem = { value: string; label: ReactNode; content: ReactNode }

/** WAI-ARIA tabs: arrow keys / Home / End move between tabs; only the active tab is in the tab order. */
export function Tabs({
  items,
  value,
  onChange,
  label,
}: {
  items: TabItem[]
  value: string
  onChange: (v: string) => void
  label: string
}) {
  const base = useId()
  const refs = useRef<Array<HTMLButtonElement | null>>([])
  const index = Math.max(
    0,
    items.findIndex((i) => i.value === value),
  )

  const move = (to: number) => {
    const next = (to + items.length) % items.length
    onChange(items[next]!.value)
    refs.current[next]?.focus()
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 rounded-lg bg-slate-100 p-1">
        {items.map((item, i) => (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[i] = el
            }}
            id={`${base}-tab-${item.value}`}
            role="tab"
            type="button"
            aria-selected={i === index}
            aria-controls={`${base}-panel-${item.value}`}
            tabIndex={i === index ? 0 : -1}
            onClick={() => onChange(item.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i + 1)
              else if (e.key === 'ArrowLeft') move(i - 1)
              else if (e.key === 'Home') move(0)
              else if (e.key === 'End') move(items.length - 1)
              else return
              e.preventDefault()
            }}
            className={clsx(
              'flex-1 rounded-md px-3 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-accent',
              i === index ? 'bg-white text-brand shadow-sm' : 'text-slate-700 hover:text-slate-900',
            )}
          >
            {item.label}
          </button>
        ))}
      </div>
      {items.map((item, i) => (
        <div
          key={item.value}
          id={`${base}-panel-${item.value}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${item.value}`}
          hidden={i !== index}
          tabIndex={0}
          className="mt-5 focus-visible:outline-2 focus-visible:outline-accent"
        >
          {i === index ? item.content : null}
        </div>
      ))}
    </div>
  )
}
