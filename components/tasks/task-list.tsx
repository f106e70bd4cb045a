import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { StatusBadge } from '@/components/ui/status-badge'
import type { Task } from '@/lib/data/tasks'
import { formatDate, parseApiDateTime } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import type { TasksText } from './tasks-text'

/** The waiting reports as big cards, each one tap to its capture screen. */
export function TaskList({ tasks, locale, text }: { tasks: Task[]; locale: Locale; text: TasksText }) {
  if (!tasks.length) return <EmptyState>{text.empty}</EmptyState>
  return (
    <ul className="space-y-3" data-testid="task-list">
      {tasks.map((t) => (
        <li key={t.ref_key}>
          <Link
            href={`/tasks/${encodeURIComponent(t.ref_key)}`}
            className="block min-h-16 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
            data-testid="task"
          >
            <span className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-lg font-semibold text-slate-900">{t.plate_number || text.noPlate}</span>
              <StatusBadge code={t.status_code} locale={locale} />
            </span>
            <span className="mt-1 block text-sm text-slate-700">
              {[t.type_title, `№ ${t.report_number}`].filter(Boolean).join(' · ')}
            </span>
            <span className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <span className={t.overdue ? 'font-medium text-red-800' : 'text-slate-800'}>
                {text.due(formatDate(parseApiDateTime(t.date_finish), locale))}
              </span>
              {t.overdue ? <Badge tone="danger">{text.overdue}</Badge> : null}
            </span>
            {t.status_code === 4 && t.reject_reason ? (
              <span className="mt-2 block rounded-lg bg-red-50 p-2 text-sm text-red-900" data-testid="task-reason">
                {text.reason}: {t.reject_reason}
              </span>
            ) : null}
            <span className="mt-3 flex h-12 items-center justify-center rounded-lg bg-brand text-base font-medium text-white">
              {text.open}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
