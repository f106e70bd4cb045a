import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

/** An unknown ref_key (or one 1C has removed). */
export default function ReviewReportNotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">Отчёт не найден</h1>
      <p className="text-slate-700">Такого отчёта нет. Проверьте ссылку или выберите отчёт из очереди.</p>
      <Link href="/review" className={buttonClass()}>
        К очереди
      </Link>
    </div>
  )
}
