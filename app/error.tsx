'use client'

import { useEffect } from 'react'
import { Button } from '@/components/ui/button'

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error])
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Что-то пошло не так</h1>
      <p className="text-slate-700">Не удалось показать страницу. Попробуйте ещё раз.</p>
      <Button onClick={reset}>Повторить</Button>
    </main>
  )
}
