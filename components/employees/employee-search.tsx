'use client'

import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition } from 'react'
import { Input } from '@/components/ui/input'

/** Search box synced to `?q=` (the URL is the source of truth; typing is debounced by 300 ms). */
export function EmployeeSearch({ query, label, placeholder }: { query: string; label: string; placeholder: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const [value, setValue] = useState(query)
  const [pending, startTransition] = useTransition()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  // Back/forward change the URL (and so `query`): show what it says.
  useEffect(() => setValue(query), [query])
  useEffect(() => () => clearTimeout(timer.current), [])

  function onChange(next: string) {
    setValue(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const sp = new URLSearchParams(window.location.search)
      if (next.trim()) sp.set('q', next.trim())
      else sp.delete('q')
      const qs = sp.toString()
      startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }))
    }, 300)
  }

  return (
    <div className="max-w-sm">
      <label htmlFor="employee-search" className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Input
        id="employee-search"
        type="search"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        aria-busy={pending}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )
}
