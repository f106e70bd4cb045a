'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useState, useTransition } from 'react'
import { type DecisionConflict, decideReport } from '@/lib/actions/review'
import { type Failure, failureText } from '@/lib/i18n/failure-text'
import type { Locale } from '@/lib/i18n/locale'
import type { DecisionInput } from '@/lib/schemas/decision'
import { toQuery } from '@/lib/search-params'
import { rememberDecision } from './last-decision'
import { reviewText } from './review-text'

/** The link with `decided=<code>` added to its query (the next page confirms what was decided). */
function withDecided(href: string, code: number) {
  const [path, query] = href.split('?')
  return `${path}${toQuery({ ...Object.fromEntries(new URLSearchParams(query)), decided: code })}`
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
        if (res.ok) {
          // The next page names this report and offers the undo while the API's window lasts.
          rememberDecision({ code: res.statusCode, refKey, reportNumber, until: Date.now() + res.undoSeconds * 1000 })
          router.push(withDecided(nextHref ?? queueHref, res.statusCode))
        } else if (res.reason === 'conflict') setConflict(res.conflict)
        else if (res.reason === 'expired') router.push('/login?reason=expired')
        else say(res.reason)
      })
    },
    [refKey, reportNumber, nextHref, queueHref, router, say],
  )
  return { decide, pending, error, conflict }
}
