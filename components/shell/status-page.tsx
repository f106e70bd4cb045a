import { clsx } from 'clsx'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { buttonClass } from '@/components/ui/button'

export type StatusLink = { href: string; label: string }

/**
 * A page that says why there is nothing to show (404, 403, an error) and where to go instead. `main`
 * when it stands alone (no portal shell around it).
 */
export function StatusPage({
  code,
  title,
  children,
  links = [],
  action,
  main,
}: {
  code?: string
  title: string
  children: ReactNode
  /** The first is the main way on; the rest are secondary. */
  links?: StatusLink[]
  action?: ReactNode
  main?: boolean
}) {
  const Tag = main ? 'main' : 'div'
  return (
    <Tag
      className={clsx(
        'mx-auto flex max-w-lg flex-col items-center gap-4 text-center',
        main ? 'min-h-[60vh] justify-center p-6' : 'py-12',
      )}
    >
      {code ? <p className="text-sm font-semibold text-accent">{code}</p> : null}
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="text-slate-700">{children}</p>
      <div className="flex gap-3">
        {links.map((l, i) => (
          <Link key={l.href} href={l.href} className={buttonClass(i === 0 ? 'primary' : 'secondary')}>
            {l.label}
          </Link>
        ))}
        {action}
      </div>
    </Tag>
  )
}
