'use client'

import { useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import { recordPrinted } from '@/lib/actions/stickers'
import { type Failure, failureText } from '@/lib/i18n/failure-text'
import type { Locale } from '@/lib/i18n/locale'
import type { StickerFilter } from '@/lib/schemas/stickers'
import { stickersText } from './stickers-text'
import { forgetStickerSelection } from './use-sticker-selection'

type Status = { tone: 'info' | 'ok' | 'error'; text: string } | null

/**
 * Opens the print dialog for the whole job, then records its stickers as printed (so "без наклейки"
 * no longer lists them) and forgets the choice made for them.
 */
export function PrintButton({ guids, filter, locale }: { guids: string[]; filter: StickerFilter; locale: Locale }) {
  const text = stickersText(locale)
  const [status, setStatus] = useState<Status>(null)
  const [pending, startTransition] = useTransition()

  const print = () => {
    window.print()
    setStatus({ tone: 'info', text: text.recording })
    startTransition(async () => {
      let failure: Failure | null = null
      try {
        const res = await recordPrinted(guids)
        if (res.ok) {
          forgetStickerSelection(filter)
          setStatus({ tone: 'ok', text: text.recorded(res.printed) })
          return
        }
        failure = res.reason
      } catch {
        failure = 'network'
      }
      setStatus({ tone: 'error', text: text.recordFailed(failureText(locale)[failure]) })
    })
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={print} disabled={pending}>
        {text.print}
      </Button>
      <p
        aria-live="polite"
        data-testid="print-status"
        className={status?.tone === 'error' ? 'text-sm text-red-700' : 'text-sm text-slate-700'}
      >
        {status?.text}
      </p>
    </div>
  )
}
