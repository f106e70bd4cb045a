import { Badge } from '@/components/ui/badge'
import type { Signal } from '@/lib/forte/schemas/submission'
import type { Locale } from '@/lib/i18n/locale'
import { mediaText } from './media-text'

/** One short badge per review signal (the full Russian message on hover and for screen readers). */
export function SignalBadges({ signals, locale }: { signals: Signal[]; locale: Locale }) {
  if (!signals.length) return null
  const text = mediaText(locale)
  return (
    <ul className="flex flex-wrap gap-1" data-testid="signal-badges">
      {signals.map((s, i) => (
        <li key={`${s.code}-${i}`}>
          <Badge tone={s.severity === 'warn' ? 'warning' : 'info'} title={s.message}>
            {text.signals[s.code]}
            <span className="sr-only">: {s.message}</span>
          </Badge>
        </li>
      ))}
    </ul>
  )
}
