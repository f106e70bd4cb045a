import { clsx } from 'clsx'
import { statusTitle } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import type { StatusFilter } from './report-params'
import type { ReportCounts } from './report-rows'
import type { ReportsText } from './reports-text'

const CARDS = [
  { key: 'due', status: 1, tone: 'text-amber-800' },
  { key: 'overdue', status: 'overdue', tone: 'text-red-800' },
  { key: 'rejected', status: 4, tone: 'text-red-800' },
  { key: 'sent', status: 2, tone: 'text-sky-800' },
  { key: 'approved', status: 3, tone: 'text-emerald-800' },
] as const

/** Counters of the period/vehicle in view; each also filters by its status (overdue included). */
export function ReportCounters({
  counts,
  loading,
  active,
  onStatus,
  text,
  locale,
}: {
  counts: ReportCounts
  loading?: boolean
  active?: StatusFilter
  onStatus: (s?: StatusFilter) => void
  text: ReportsText
  locale: Locale
}) {
  return (
    <section aria-label={text.counters}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {CARDS.map((c) => {
          const body = (
            <>
              <span className="block text-sm text-slate-700">
                {c.status === 'overdue' ? text.overdue : statusTitle(locale, c.status)}
              </span>
              <span className={clsx('block text-2xl font-semibold', c.tone)} data-testid={`count-${c.key}`}>
                {loading ? '…' : counts[c.key]}
              </span>
            </>
          )
          return (
            <li key={c.key}>
              <button
                type="button"
                aria-pressed={active === c.status}
                onClick={() => onStatus(active === c.status ? undefined : c.status)}
                className={clsx(
                  'block w-full rounded-xl border bg-white px-4 py-3 text-left shadow-sm',
                  'hover:border-brand focus-visible:outline-2 focus-visible:outline-accent',
                  active === c.status ? 'border-brand ring-1 ring-brand' : 'border-slate-200',
                )}
              >
                {body}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
