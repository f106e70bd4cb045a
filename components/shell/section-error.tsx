'use client'

import { useEffect } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { commonText } from '@/lib/i18n/common-text'
import { useLocale } from './locale-provider'
import { shellText } from './shell-text'

/** The error boundary of a route group (its error.tsx): what failed, in the reader's language, and "Повторить". */
export function SectionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useLocale()
  useEffect(() => console.error(error), [error])
  return (
    <div className="space-y-4">
      <Alert tone="danger">{shellText(locale).sectionError}</Alert>
      <Button onClick={reset}>{commonText(locale).retry}</Button>
    </div>
  )
}
