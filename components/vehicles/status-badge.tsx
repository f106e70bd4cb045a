import { Badge } from '@/components/ui/badge'

const tones = { 1: 'warning', 2: 'info', 3: 'success', 4: 'danger' } as const

/** A report status (its API title) coloured by code; an overdue report also shows how late it is. */
export function StatusBadge({ code, title, expired }: { code: number; title: string; expired?: string }) {
  const tone = tones[code as keyof typeof tones] ?? 'neutral'
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={tone}>{title}</Badge>
      {expired ? <Badge tone="danger">{expired}</Badge> : null}
    </span>
  )
}
