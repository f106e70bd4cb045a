import { Alert } from '@/components/ui/alert'
import type { Locale } from '@/lib/i18n/locale'
import { firstParam, type SearchParams } from '@/lib/search-params'
import { reviewText } from './review-text'
import { UndoNotice } from './undo-notice'

/**
 * After a decision the next page opens with `?decided=3|4`: it confirms what happened to the previous
 * report and offers the undo; after an undo (`?undone=<number>`) it says so.
 */
export function DecidedNotice({
  sp,
  locale,
  filters,
  queueEmpty,
}: {
  sp: SearchParams
  locale: Locale
  filters: string
  queueEmpty?: boolean
}) {
  const text = reviewText(locale)
  const undone = firstParam(sp.undone)
  if (undone !== undefined)
    return (
      <Alert tone="info" data-testid="undone-notice">
        {text.undone(undone.slice(0, 50))}
      </Alert>
    )
  const code = firstParam(sp.decided)
  if (code !== '3' && code !== '4') return null
  return <UndoNotice code={code === '3' ? 3 : 4} locale={locale} filters={filters} queueEmpty={queueEmpty} />
}
