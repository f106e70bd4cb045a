import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { historyLines } from '@/lib/forte/history'
import type { HistoryEntry } from '@/lib/forte/schemas/review'
import { formatDateTime, instantOf } from '@/lib/format/dates'
import { roleTitle, statusTitle } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import { reviewText } from './review-text'

/** Every submission and decision of the report: what, who, when (oldest first). */
export function ReportHistory({ entries, locale }: { entries: HistoryEntry[]; locale: Locale }) {
  const text = reviewText(locale)
  const lines = historyLines(entries)
  return (
    <Card>
      <CardHeader title={text.history} />
      <CardBody>
        {lines.length === 0 ? (
          <p className="text-sm text-slate-700">{text.historyEmpty}</p>
        ) : (
          <ol className="space-y-3" data-testid="report-history">
            {lines.map((l, i) => {
              const at = instantOf(l.at)
              const decided =
                l.statusCode === 3 || l.statusCode === 4 ? statusTitle(locale, l.statusCode) : text.historyDecision
              const what =
                l.kind === 'submission'
                  ? text.historySubmitted
                  : l.kind === 'undo'
                    ? text.historyUndo(decided)
                    : l.undone
                      ? `${decided} ${text.historyUndone}`
                      : decided
              const tone =
                l.kind === 'submission'
                  ? 'bg-sky-600'
                  : l.kind === 'undo' || l.undone
                    ? 'bg-slate-400'
                    : l.statusCode === 3
                      ? 'bg-emerald-600'
                      : 'bg-red-600'
              return (
                <li key={i} className="flex gap-3 text-sm" data-kind={l.kind}>
                  <span aria-hidden="true" className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${tone}`} />
                  <div>
                    <p className="font-medium text-slate-900">
                      {what}
                      {at ? (
                        <time dateTime={at.toISOString()} className="ml-2 font-normal text-slate-600">
                          {formatDateTime(at, locale)}
                        </time>
                      ) : null}
                    </p>
                    <p className="text-slate-700">
                      {l.who || '—'}
                      {l.role ? `, ${roleTitle(locale, l.role)}` : ''}
                    </p>
                    {l.reason ? <p className="mt-0.5 whitespace-pre-line text-slate-800">«{l.reason}»</p> : null}
                  </div>
                </li>
              )
            })}
          </ol>
        )}
      </CardBody>
    </Card>
  )
}
