import { Alert } from '@/components/ui/alert'
import { firstParam } from '@/lib/search-params'
import type { ReviewText } from './review-text'

/** After a decision the next report opens with `?decided=3|4`: confirm what happened to the previous one. */
export function DecidedNotice({
  decided,
  text,
  queueEmpty,
}: {
  decided: string | string[] | undefined
  text: ReviewText
  queueEmpty?: boolean
}) {
  const code = firstParam(decided)
  if (code !== '3' && code !== '4') return null
  return (
    <Alert tone="success" data-testid="decided-notice">
      {code === '3' ? text.approved : text.rejected}
      {queueEmpty ? ` ${text.queueDone}` : ''}
    </Alert>
  )
}
