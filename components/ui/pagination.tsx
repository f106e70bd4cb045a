import { clsx } from 'clsx'
import Link from 'next/link'
import type { MouseEvent, ReactNode } from 'react'
import { buttonClass } from './button'

type Text = { label: string; page: (n: number, of: number) => string; prev: string; next: string }

/**
 * The one pager: links to the previous and next page (the page number lives in the URL, so a page
 * can be shared, reloaded and opened in a new tab). A view that renders in the browser (the reports
 * dashboard) takes the click itself through `onNavigate` instead of asking the server again.
 */
export function Pagination({
  page,
  pages,
  href,
  text,
  summary,
  onNavigate,
  className,
}: {
  page: number
  pages: number
  href: (page: number) => string
  text: Text
  /** What the page holds, e.g. "26–50 из 80". */
  summary?: ReactNode
  onNavigate?: (href: string) => void
  className?: string
}) {
  const follow = (to: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (!onNavigate || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    onNavigate(to)
  }
  const step = (to: number, label: string, rel: 'prev' | 'next') =>
    to >= 1 && to <= pages ? (
      <Link
        href={href(to)}
        rel={rel}
        prefetch={false}
        onClick={onNavigate ? follow(href(to)) : undefined}
        className={buttonClass('secondary', 'sm')}
      >
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonClass('secondary', 'sm')}>
        {label}
      </span>
    )
  return (
    <nav
      aria-label={text.label}
      className={clsx('flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700', className)}
    >
      <span>{summary}</span>
      <div className="flex items-center gap-2">
        {step(page - 1, text.prev, 'prev')}
        <span aria-live="polite">{text.page(page, pages)}</span>
        {step(page + 1, text.next, 'next')}
      </div>
    </nav>
  )
}
