'use client'

import { usePathname, useRouter } from 'next/navigation'
import { useTransition } from 'react'
import { Input } from '@/components/ui/input'
import { useDebouncedInput } from '@/components/ui/use-debounced-input'
import { toQuery } from '@/lib/search-params'

/** Search box synced to `?q=` (the URL is the source of truth; typing is debounced by 300 ms). */
export function EmployeeSearch({ query, label, placeholder }: { query: string; label: string; placeholder: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const [pending, startTransition] = useTransition()
  const q = useDebouncedInput(query, (next) =>
    startTransition(() => router.replace(`${pathname}${toQuery({ q: next })}`, { scroll: false })),
  )
  return (
    <div className="max-w-sm">
      <label htmlFor="employee-search" className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Input
        id="employee-search"
        type="search"
        value={q.value}
        placeholder={placeholder}
        autoComplete="off"
        aria-busy={pending}
        onChange={(e) => q.set(e.target.value)}
      />
    </div>
  )
}
