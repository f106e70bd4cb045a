'use client'

import { useEffect } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'

/** The error boundary of a route group (its error.tsx): a Russian message and "Повторить". */
export function SectionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error])
  return (
    <div className="space-y-4">
      <Alert tone="danger">Не удалось загрузить данные. Если API недоступен, повторите попытку позже.</Alert>
      <Button onClick={reset}>Повторить</Button>
    </div>
  )
}
