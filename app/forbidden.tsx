import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

/** What `forbidden()` renders, with HTTP 403: a signed-in user whose role may not open the page. */
export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-accent">403</p>
      <h1 className="text-2xl font-semibold text-slate-900">Нет доступа</h1>
      <p className="text-slate-700">У вашей роли нет доступа к этой странице.</p>
      <div className="flex gap-3">
        <Link href="/" className={buttonClass()}>
          На главную
        </Link>
        <Link href="/login" className={buttonClass('secondary')}>
          Войти под другой ролью
        </Link>
      </div>
    </main>
  )
}
