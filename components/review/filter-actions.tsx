import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

/** The end of a staff filter form (a plain GET form): apply, and a link back to the unfiltered view. */
export function FilterActions({ apply, reset, resetHref }: { apply: string; reset: string; resetHref: string }) {
  return (
    <div className="flex items-end gap-2">
      <button type="submit" className={buttonClass()}>
        {apply}
      </button>
      <Link href={resetHref} className={buttonClass('secondary')}>
        {reset}
      </Link>
    </div>
  )
}
