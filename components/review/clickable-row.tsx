'use client'

import { useRouter } from 'next/navigation'
import type { ReactNode } from 'react'
import { TableRow } from '@/components/ui/table'

/**
 * A table row that opens `href` when clicked anywhere (the row's own link stays the keyboard's way in).
 * Clicks on links, buttons and form fields keep their own meaning; selecting text opens nothing.
 */
export function ClickableRow({
  href,
  children,
  ...rest
}: { href: string; children: ReactNode } & Record<`data-${string}`, string>) {
  const router = useRouter()
  return (
    <TableRow
      {...rest}
      className="cursor-pointer"
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a, button, input, select, textarea, label')) return
        if (window.getSelection()?.toString()) return
        if (e.ctrlKey || e.metaKey) window.open(href, '_blank', 'noopener')
        else router.push(href)
      }}
    >
      {children}
    </TableRow>
  )
}
