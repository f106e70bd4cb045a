'use client'

import type { RefObject } from 'react'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { MAX_REASON_LENGTH } from '@/lib/forte/codes'
import { COMMON_REASONS, type ReviewText } from './review-text'

type Props = {
  text: ReviewText
  canDecide: boolean
  pending: boolean
  reason: string
  reasonError?: string
  uncheckedCount: number
  reasonRef: RefObject<HTMLTextAreaElement | null>
  onReason: (v: string) => void
  onAddReason: (v: string) => void
  onAddUnchecked: () => void
  onApprove: () => void
  onReject: () => void
}

/** "Одобрить", or "Отказать" with a required reason (common reasons one click away, free text allowed). */
export function DecisionPanel({
  text,
  canDecide,
  pending,
  reason,
  reasonError,
  uncheckedCount,
  reasonRef,
  onReason,
  onAddReason,
  onAddUnchecked,
  onApprove,
  onReject,
}: Props) {
  const disabled = !canDecide || pending
  return (
    <Card>
      <CardHeader title={text.decision} />
      <CardBody className="space-y-4">
        <Button
          onClick={onApprove}
          disabled={disabled}
          className="w-full bg-emerald-700 hover:bg-emerald-800"
          aria-keyshortcuts="A"
        >
          {text.approve} <kbd className="text-xs opacity-80">A</kbd>
        </Button>
        <form
          className="space-y-3 border-t border-slate-100 pt-4"
          onSubmit={(e) => {
            e.preventDefault()
            onReject()
          }}
        >
          <div className="space-y-1.5" data-invalid={reasonError ? true : undefined}>
            <label htmlFor="reject-reason" className="block text-sm font-medium text-slate-800">
              {text.reason}
            </label>
            <textarea
              id="reject-reason"
              ref={reasonRef}
              value={reason}
              onChange={(e) => onReason(e.target.value)}
              // Ctrl+Enter sends the rejection without leaving the keyboard.
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault()
                  onReject()
                }
              }}
              disabled={disabled}
              rows={4}
              maxLength={MAX_REASON_LENGTH}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby="reject-reason-hint reject-reason-error"
              aria-keyshortcuts="R"
              className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-accent focus:outline-2 focus:outline-accent/40 aria-[invalid=true]:border-red-600 disabled:bg-slate-50"
            />
            <p id="reject-reason-hint" className="text-xs text-slate-600">
              {text.reasonHint}
            </p>
            <p id="reject-reason-error" aria-live="polite" className="text-sm text-red-700">
              {reasonError}
            </p>
          </div>
          <fieldset disabled={disabled}>
            <legend className="mb-2 text-sm font-medium text-slate-800">{text.commonReasons}</legend>
            <div className="flex flex-wrap gap-2">
              {COMMON_REASONS.map((r, i) => (
                <Button
                  key={r}
                  variant="secondary"
                  size="sm"
                  onClick={() => onAddReason(r)}
                  aria-keyshortcuts={String(i + 1)}
                >
                  <kbd className="text-xs opacity-70">{i + 1}</kbd> {r}
                </Button>
              ))}
              {uncheckedCount > 0 ? (
                <Button variant="secondary" size="sm" onClick={onAddUnchecked}>
                  {text.addUnchecked(uncheckedCount)}
                </Button>
              ) : null}
            </div>
          </fieldset>
          <Button type="submit" variant="danger" disabled={disabled} className="w-full">
            {text.reject} <kbd className="text-xs opacity-80">R</kbd>
          </Button>
        </form>
        {pending ? (
          <p role="status" className="text-sm text-slate-700">
            {text.deciding}
          </p>
        ) : null}
      </CardBody>
    </Card>
  )
}
