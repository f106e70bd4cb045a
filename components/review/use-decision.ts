'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useState, useTransition } from 'react'
import { type DecisionConflict, decideReport } from '@/lib/actions/review'
import { type Failure, failureText } from '@/lib/i18n/failure-text'
import type { Locale } from '@/lib/i18n/locale'
import type { DecisionInput } from '@/lib/schemas/decision'
import { toQuery } from '@/lib/search-params'
import { DECIDED_KEYS } from './decided-params'
import { reviewText } from './review-text'

/**
 * The link with what was decided added to its query: the next page confirms it, names the report and
 * offers the undo until `until` (this browser's clock, ms).
 */
function withDecided(href: string, d: { code: number; refKey: string; reportNumber: string; undoSeconds: number }) {
  const [path, query] = href.split('?')
  const kept = Object.fromEntries([...new URLSearchParams(query)].filter(([k]) => !DECIDED_KEYS.includes(k)))
  return `${path}${toQuery({
    ...kept,
    decided: d.code,
    undo: d.refKey,
    no: d.reportNumber,
    until: d.undoSeconds > 0 ? Date.now() + d.undoSeconds * 1000 : undefined,
  })}`
}

/**
 * Sends a decision through the server action. Done: on to `nextHref` (else the queue) saying what was
 * decided. Someone was quicker (409): `conflict` says who, and nothing was overwritten. Else `error`.
 */
export function useDecision({
  refKey,
  reportNumber,
  nextHref,
  queueHref,
  locale,
}: {
  refKey: string
  reportNumber: string
  nextHref?: string
  queueHref: string
  locale: Locale
}) {
  const router = useRouter()
  const [error, setError] = useState<string>()
  const [conflict, setConflict] = useState<DecisionConflict>()
  const [pending, start] = useTransition()
  const say = useCallback(
    (failure: Failure) => setError(reviewText(locale).failures[failure] ?? failureText(locale)[failure]),
    [locale],
  )

  const decide = useCallback(
    (input: DecisionInput) => {
      setError(undefined)
      start(async () => {
        let res
        try {
          res = await decideReport(refKey, input)
        } catch {
          return say('network')
        }
        if (res.ok)
          router.push(
            withDecided(nextHref ?? queueHref, {
              code: res.statusCode,
              refKey,
              reportNumber,
              undoSeconds: res.undoSeconds,
            }),
          )
        else if (res.reason === 'conflict') setConflict(res.conflict)
        else if (res.reason === 'expired') router.push('/login?reason=expired')
        else say(res.reason)
      })
    },
    [refKey, reportNumber, nextHref, queueHref, router, say],
  )
  return { decide, pending, error, conflict }
}
