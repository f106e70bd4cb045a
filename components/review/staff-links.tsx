import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import type { Locale } from '@/lib/i18n/locale'
import { toQuery } from '@/lib/search-params'
import { reviewText } from './review-text'

/** "Мои решения сегодня" as a link to the "Все отчёты" page: the caller's standing decisions of today. */
const myTodayHref = (today: string) =>
  `/review/all${toQuery({ decided_by: 'me', decided_from: today, decided_to: today })}`

/** The staff's ways from the queue to every report and to their own decisions of today. */
export function StaffLinks({ locale, today, myToday }: { locale: Locale; today: string; myToday: number }) {
  const text = reviewText(locale)
  return (
    <nav aria-label={text.allReports} className="flex flex-wrap gap-2">
      <Link href="/review/all" className={buttonClass('secondary', 'sm')}>
        {text.allReports}
      </Link>
      <Link href={myTodayHref(today)} className={buttonClass('secondary', 'sm')} data-testid="my-today">
        {text.myToday(myToday)}
      </Link>
    </nav>
  )
}
