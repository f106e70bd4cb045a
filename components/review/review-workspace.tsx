'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState, useTransition, type ReactNode } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { decideReport, type DecisionConflict } from '@/lib/actions/review'
import { formatDateTime } from '@/lib/format/dates'
import { commonText } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import { DecisionPanel } from './decision-panel'
import { instantOf } from './history'
import { appendReason, uncheckedLine } from './reject-reason'
import { ReviewChecklist } from './review-checklist'
import { reviewText } from './review-text'
import { shortcutFor } from './shortcuts'
import { ShortcutsDialog } from './shortcuts-dialog'

type Props = {
  refKey: string
  locale: Locale
  instructions: string[]
  canDecide: boolean
  /** Where J/K and "after a decision" go (filters kept); the queue when there is no next report. */
  nextHref?: string
  prevHref?: string
  queueHref: string
  video: ReactNode
  facts: ReactNode
}

const withDecided = (href: string, code: number) => `${href}${href.includes('?') ? '&' : '?'}decided=${code}`

/** The reviewer's workspace: video, checklist, decision, keyboard shortcuts. */
export function ReviewWorkspace(p: Props) {
  const text = reviewText(p.locale)
  const router = useRouter()
  const [checked, setChecked] = useState<boolean[]>(() => p.instructions.map(() => false))
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string>()
  const [error, setError] = useState<string>()
  const [conflict, setConflict] = useState<DecisionConflict>()
  const [help, setHelp] = useState(false)
  const [pending, start] = useTransition()
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const videoBox = useRef<HTMLDivElement>(null)
  const canDecide = p.canDecide && !conflict

  const decide = useCallback(
    (input: { decision: 'approve' } | { decision: 'reject'; reason: string }) => {
      setError(undefined)
      start(async () => {
        let res
        try {
          res = await decideReport(p.refKey, input)
        } catch {
          setError(text.failures.network)
          return
        }
        if (res.ok) router.push(withDecided(p.nextHref ?? p.queueHref, res.statusCode))
        else if (res.reason === 'conflict') setConflict(res.conflict)
        else if (res.reason === 'expired') router.push('/login?reason=expired')
        else setError(text.failures[res.reason])
      })
    },
    [p.refKey, p.nextHref, p.queueHref, router, text],
  )

  const approve = useCallback(() => {
    if (canDecide && !pending) decide({ decision: 'approve' })
  }, [canDecide, pending, decide])

  const reject = () => {
    if (!canDecide || pending) return
    if (!reason.trim()) {
      setReasonError(text.reasonRequired)
      reasonRef.current?.focus()
      return
    }
    setReasonError(undefined)
    decide({ decision: 'reject', reason: reason.trim() })
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (document.querySelector('dialog[open]')) return // the help dialog has the keyboard
      const action = shortcutFor(e)
      if (!action) return
      if (action === 'toggle-play') {
        // Buttons, links and the player's own controls keep their native Space.
        if ((e.target as HTMLElement)?.closest?.('button, a, input, summary, [role="slider"]')) return
        const v = videoBox.current?.querySelector('video')
        if (!v) return
        e.preventDefault()
        if (v.paused) void v.play().catch(() => {})
        else v.pause()
        return
      }
      e.preventDefault()
      if (action === 'approve') approve()
      else if (action === 'reject') reasonRef.current?.focus()
      else if (action === 'next' && p.nextHref) router.push(p.nextHref)
      else if (action === 'prev' && p.prevHref) router.push(p.prevHref)
      else if (action === 'help') setHelp(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [approve, p.nextHref, p.prevHref, router])

  const unchecked = uncheckedLine(text.uncheckedPrefix, p.instructions, checked)
  const status = conflict?.statusCode ? (commonText(p.locale).status[conflict.statusCode] ?? '') : ''
  const at = instantOf(conflict?.at)

  return (
    <div className="space-y-4">
      {conflict ? (
        <Alert tone="danger" data-testid="decision-conflict">
          <p className="font-semibold">{text.conflictTitle}</p>
          <p>
            {conflict.who && at
              ? text.conflict(conflict.who, formatDateTime(at, p.locale), status)
              : text.conflictUnknown}
          </p>
          {conflict.reason ? <p className="mt-1">{conflict.reason}</p> : null}
        </Alert>
      ) : null}
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <div ref={videoBox}>{p.video}</div>
          {p.facts}
        </div>
        <div className="space-y-4">
          <ReviewChecklist
            items={p.instructions}
            checked={checked}
            onToggle={(i) => setChecked((c) => c.map((v, j) => (j === i ? !v : v)))}
            text={text}
          />
          <DecisionPanel
            text={text}
            canDecide={canDecide}
            pending={pending}
            reason={reason}
            reasonError={reasonError}
            uncheckedCount={checked.filter((c) => !c).length}
            reasonRef={reasonRef}
            onReason={(v) => {
              setReason(v)
              if (v.trim()) setReasonError(undefined)
            }}
            onAddReason={(r) => setReason((cur) => appendReason(cur, r))}
            onAddUnchecked={() => setReason((cur) => appendReason(cur, unchecked))}
            onApprove={approve}
            onReject={reject}
          />
          <Button variant="ghost" size="sm" onClick={() => setHelp(true)} aria-keyshortcuts="?">
            {text.shortcutsButton}
          </Button>
        </div>
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} text={text} />
    </div>
  )
}
