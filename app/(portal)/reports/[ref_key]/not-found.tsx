import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

/** An unknown report or another company's: the API does not say which, nor do we. */
export default function ReportNotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">Отчёт не найден</h1>
      <p className="text-slate-700">
        Такого отчёта нет среди отчётов вашей компании. Проверьте ссылку или выберите отчёт из списка.
      </p>
      <Link href="/reports" className={buttonClass()}>
        К списку отчётов
      </Link>
    </div>
  )
}
