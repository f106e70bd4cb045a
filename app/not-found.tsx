import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">Страница не найдена</h1>
      <p className="text-slate-700">Такой страницы нет или у вас нет к ней доступа.</p>
      <Link href="/" className={buttonClass()}>
        На главную
      </Link>
    </main>
  )
}
