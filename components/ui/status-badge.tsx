import { overdueTitle, statusTitle } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import { Badge } from './badge'

const tones = { 1: 'warning', 2: 'info', 3: 'success', 4: 'danger' } as const

/** A report status by its code, titled and coloured the same everywhere; an overdue report also shows how late it is. */
export function StatusBadge({ code, locale, expired }: { code: number; locale: Locale; expired?: string }) {
  const tone = tones[code as keyof typeof tones] ?? 'neutral'
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={tone}>{statusTitle(locale, code)}</Badge>
      {expired ? <Badge tone="danger">{overdueTitle(locale, expired)}</Badge> : null}
    </span>
  )
}
