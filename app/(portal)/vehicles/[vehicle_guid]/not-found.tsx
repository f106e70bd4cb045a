import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

/** A director opening another company's vehicle (or an unknown id) lands here: the API says 404 for both. */
export default function VehicleNotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">Транспорт не найден</h1>
      <p className="text-slate-700">
        Такого транспорта нет среди транспорта вашей компании. Проверьте ссылку или выберите транспорт из списка.
      </p>
      <Link href="/vehicles" className={buttonClass()}>
        К списку транспорта
      </Link>
    </div>
  )
}
