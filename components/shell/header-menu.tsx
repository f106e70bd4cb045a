'use client'

import { clsx } from 'clsx'
import { usePathname } from 'next/navigation'
import { type ReactNode, useId, useState } from 'react'

/**
 * On a phone (below 640 px) the navigation, the user and the language fold behind one "Меню" button,
 * so the header is one line; from 640 px up the wrapper vanishes (`contents`) and the header is as wide as before.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const id = useId()
  const pathname = usePathname()
  const [open, setOpen] = useState<string | null>(null)
  // Open for the page it was opened on: following a link closes it.
  const isOpen = open === pathname
  return (
    <>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => setOpen(isOpen ? null : pathname)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(null)}
        className="ml-auto inline-flex h-10 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent sm:hidden"
      >
        <span aria-hidden="true">☰</span>
        {label}
      </button>
      <div
        id={id}
        className={clsx('w-full flex-col items-start gap-3 pb-1 sm:contents', isOpen ? 'flex' : 'hidden')}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(null)}
      >
        {children}
      </div>
    </>
  )
}
