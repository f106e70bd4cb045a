'use client'

import { clsx } from 'clsx'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

export function NavLinks({ items, label }: { items: Array<{ href: string; label: string }>; label: string }) {
  const pathname = usePathname()
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1">
      {items.map((i) => {
        const active = pathname === i.href || pathname.startsWith(`${i.href}/`)
        return (
          <Link
            key={i.href}
            href={i.href}
            aria-current={active ? 'page' : undefined}
            className={clsx(
              'rounded-md px-3 py-2 text-sm font-medium transition-colors',
              active ? 'bg-accent-soft text-brand' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
            )}
          >
            {i.label}
          </Link>
        )
      })}
    </nav>
  )
}
