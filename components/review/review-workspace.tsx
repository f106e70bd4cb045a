'use client'

import { type ReactNode, useRef, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Checklist } from '@/components/ui/checklist'
import { formatDateTime, instantOf } from '@/lib/format/dates'
import { statusTitle } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import { DecisionPanel } from './decision-panel'
import { appendReason, uncheckedLine } from './reject-reason'
import { PreviousVideo, type PreviousApproved } from './previous-video'
import { COMMON_REASONS, reviewText } from './review-text'
import { ShortcutsDialog } from './shortcuts-dialog'
import { useDecision } from './use-decision'
import { useReviewShortcuts } from './use-review-shortcuts'

type Props = {
  refKey: string
  reportNumber: string
  locale: Locale
  instructions: string[]
  canDecide: boolean
  /** Where J/K and "after a decision" go (filters kept); the queue when there is no next report. */
  nextHref?: string
  prevHref?: string
  queueHref: string
  video: ReactNode
  facts: ReactNode
  /** The vehicle's previous approved video (P shows it beside this one). */
  previous?: PreviousApproved
}

/** The reviewer's workspace: video, checklist, decision, keyboard shortcuts. */
export function ReviewWorkspace(p: Props) {
  const text = reviewText(p.locale)
  const [checked, setChecked] = useState<boolean[]>(() => p.instructions.map(() => false))
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string>()
  const [help, setHelp] = useState(false)
  const [showPrev, setShowPrev] = useState(false)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const videoBox = useRef<HTMLDivElement>(null)
  const { decide, pending, error, conflict } = useDecision(p)
  const canDecide = p.canDecide && !conflict

  const approve = () => {
    if (canDecide && !pending) decide({ decision: 'approve' })
  }
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
  const addReason = (r: string) => setReason((cur) => appendReason(cur, r))
  useReviewShortcuts({
    onApprove: approve,
    onReject: () => reasonRef.current?.focus(),
    onSend: reject,
    onReason: (n) => {
      const r = COMMON_REASONS[n - 1]
      if (r && canDecide && !pending) {
        addReason(r)
        setReasonError(undefined)
      }
    },
    onPreviousVideo: () => setShowPrev((v) => !v),
    onHelp: () => setHelp(true),
    nextHref: p.nextHref,
    prevHref: p.prevHref,
    videoBox,
  })

  const unchecked = uncheckedLine(text.uncheckedPrefix, p.instructions, checked)
  const at = instantOf(conflict?.at)

  return (
    <div className="space-y-4">
      {conflict ? (
        <Alert tone="danger" data-testid="decision-conflict">
          <p className="font-semibold">{text.conflictTitle}</p>
          <p>
            {conflict.who && at
              ? text.conflict(
                  conflict.who,
                  formatDateTime(at, p.locale),
                  conflict.statusCode ? statusTitle(p.locale, conflict.statusCode) : '',
                )
              : text.conflictUnknown}
          </p>
          {conflict.reason ? <p className="mt-1">{conflict.reason}</p> : null}
        </Alert>
      ) : null}
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <div className={showPrev ? 'grid gap-4 md:grid-cols-2' : undefined}>
            <div ref={videoBox}>{p.video}</div>
            {showPrev ? <PreviousVideo previous={p.previous} text={text} /> : null}
          </div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setShowPrev((v) => !v)}
            aria-keyshortcuts="P"
            aria-expanded={showPrev}
          >
            {showPrev ? text.hidePrev : text.showPrev}
          </Button>
          {p.facts}
        </div>
        <div className="space-y-4">
          {/* Ticked while watching; the decision panel offers the unticked ones as a reject reason. */}
          <Checklist
            title={text.checklist}
            hint={text.checklistHint}
            empty={text.noInstructions}
            items={p.instructions}
            testId="checklist"
            checked={checked}
            onToggle={(i) => setChecked((c) => c.map((v, j) => (j === i ? !v : v)))}
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
            onAddReason={addReason}
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
