'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useEffectEvent, useMemo, useState, useSyncExternalStore, useTransition } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { undoDecision } from '@/lib/actions/review'
import { failureText } from '@/lib/i18n/failure-text'
import type { Locale } from '@/lib/i18n/locale'
import { toQuery } from '@/lib/search-params'
import { forgetDecision, lastDecision, storedDecision } from './last-decision'
import { reviewText } from './review-text'
import { isTypingTarget } from './shortcuts'

const UNDO_KEYS = ['z', 'Z', 'я', 'Я']
// The remembered decision changes only in this tab, before the page that reads it is opened.
const noSubscription = () => () => {}

/**
 * After A or R: names the decided report and offers "Отменить (Z)" while the API's undo window lasts.
 * The API decides: Z pressed after the countdown still asks, and its refusal is shown.
 */
export function UndoNotice({
  code,
  locale,
  filters,
  queueEmpty,
}: {
  /** What the previous page decided (`?decided=`). */
  code: 3 | 4
  locale: Locale
  /** The queue's filters (`?company=…`), kept on the way back to the report. */
  filters: string
  queueEmpty?: boolean
}) {
  const text = reviewText(locale)
  const router = useRouter()
  const [now, setNow] = useState(() => Date.now())
  const [refused, setRefused] = useState<string>()
  const [pending, start] = useTransition()
  // sessionStorage is this tab's: the server renders no undo, the browser reads it once hydrated.
  const stored = useSyncExternalStore(noSubscription, storedDecision, () => null)
  const decided = useMemo(() => lastDecision(stored, code), [stored, code])
  const left = decided ? Math.max(0, Math.ceil((decided.until - now) / 1000)) : 0

  useEffect(() => {
    if (left <= 0) return
    const t = setTimeout(() => setNow(Date.now()), 1000)
    return () => clearTimeout(t)
  }, [left, now])

  const undo = () => {
    if (pending || !decided) return
    setRefused(undefined)
    start(async () => {
      let res
      try {
        res = await undoDecision(decided.refKey)
      } catch {
        return setRefused(failureText(locale).network)
      }
      if (res.ok) {
        forgetDecision()
        const back = new URLSearchParams(filters)
        back.set('undone', decided.reportNumber)
        router.push(`/review/${encodeURIComponent(decided.refKey)}${toQuery(Object.fromEntries(back))}`)
      } else if (res.reason === 'expired') router.push('/login?reason=expired')
      else setRefused(res.refusal ? text.undoRefusals[res.refusal] : failureText(locale)[res.reason])
    })
  }
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (!decided || !UNDO_KEYS.includes(e.key) || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return
    if (document.querySelector('dialog[open]')) return
    e.preventDefault()
    undo()
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  const name = decided?.reportNumber ? text.decidedReport(decided.reportNumber, code === 3) : null
  return (
    <div className="space-y-2" data-testid="undo-notice">
      <Alert tone="success" className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <span data-testid="decided-notice">
          {name ?? (code === 3 ? text.approved : text.rejected)}
          {queueEmpty ? ` ${text.queueDone}` : ''}
        </span>
        {!decided ? null : left > 0 ? (
          <span className="flex items-center gap-2">
            <Button variant="secondary" size="sm" onClick={undo} disabled={pending} aria-keyshortcuts="Z">
              {text.undo} <kbd className="text-xs opacity-80">Z</kbd>
            </Button>
            <span className="text-emerald-900" data-testid="undo-left">
              {text.undoLeft(left)}
            </span>
          </span>
        ) : (
          <span className="text-emerald-900">{text.undoExpired}</span>
        )}
        {pending ? <span className="text-emerald-900">{text.undoing}</span> : null}
      </Alert>
      {refused ? (
        <Alert tone="danger" data-testid="undo-refused">
          <span className="font-semibold">{text.undoRefused}. </span>
          {refused}
        </Alert>
      ) : null}
    </div>
  )
}
