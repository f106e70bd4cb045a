import { clsx } from 'clsx'
import type { HTMLAttributes, ReactNode } from 'react'

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={clsx('rounded-xl border border-slate-200 bg-white shadow-sm', className)} {...props} />
}

/** The card's head: its section title (an h2) and a line under it, or any content of its own. */
export function CardHeader({
  title,
  hint,
  className,
  children,
  ...props
}: Omit<HTMLAttributes<HTMLDivElement>, 'title'> & { title?: ReactNode; hint?: ReactNode }) {
  return (
    <div className={clsx('border-b border-slate-100 px-6 py-4', className)} {...props}>
      {title ? <h2 className="text-lg font-semibold">{title}</h2> : null}
      {hint ? <p className="mt-1 text-sm text-slate-600">{hint}</p> : null}
      {children}
    </div>
  )
}

export function CardBody({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={clsx('px-6 py-5', className)} {...props} />
}
