'use client'

import { useEffect } from 'react'
import { useLocale } from '@/components/shell/locale-provider'
import { shellText } from '@/components/shell/shell-text'
import { StatusPage } from '@/components/shell/status-page'
import { Button } from '@/components/ui/button'
import { commonText } from '@/lib/i18n/common-text'

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useLocale()
  const text = shellText(locale).error
  useEffect(() => console.error(error), [error])
  return (
    <StatusPage main title={text.title} action={<Button onClick={reset}>{commonText(locale).retry}</Button>}>
      {text.text}
    </StatusPage>
  )
}
