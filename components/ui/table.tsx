import { clsx } from 'clsx'
import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react'

/**
 * The one table of the portal (shadcn's `ui/table` shape): a framed, horizontally scrolling box with an
 * accessible caption. `dense` tightens the cells (a table inside a card); `footer` sits inside the
 * frame under the rows (the page links). Below 640 px each row becomes a card and each cell a line
 * under its column's name (`label` of a cell; `.table-cards` in globals.css), so no row is wider than a phone.
 */
export function Table({
  caption,
  dense,
  framed = true,
  footer,
  testId,
  children,
}: {
  caption: string
  dense?: boolean
  framed?: boolean
  footer?: ReactNode
  testId?: string
  children: ReactNode
}) {
  return (
    <div
      className={clsx(framed && 'overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm')}
      data-testid={testId}
    >
      <div className="overflow-x-auto">
        <table className="table-cards group/table w-full text-left text-sm" data-dense={dense || undefined}>
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
      {footer}
    </div>
  )
}

export function TableHeader(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className="bg-slate-50 text-slate-700" {...props} />
}

export function TableBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className="divide-y divide-slate-100" {...props} />
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={clsx('hover:bg-slate-50', className)} {...props} />
}

const cell = 'px-4 py-3 group-data-dense/table:px-3 group-data-dense/table:py-2'

/** A column's header. */
export function TableHead({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={clsx(cell, 'font-medium', className)} {...props} />
}

/** On a phone a cell shows its column's name above it: `label`. */
type Labelled = { label?: string }

/** The cell that names its row (a report's number, a person's name). */
export function TableRowHead({ className, label, ...props }: ThHTMLAttributes<HTMLTableCellElement> & Labelled) {
  return <th scope="row" className={clsx(cell, 'font-medium', className)} data-label={label} {...props} />
}

export function TableCell({ className, label, ...props }: TdHTMLAttributes<HTMLTableCellElement> & Labelled) {
  return <td className={clsx(cell, className)} data-label={label} {...props} />
}
