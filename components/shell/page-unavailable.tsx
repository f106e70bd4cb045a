import { ApiUnavailable } from './api-status-banner'
import { PageHeader } from './page-header'

/** What a page shows instead of its data when the API is down: its header (if it has one) and the retry banner. */
export function PageUnavailable({ title, description }: { title?: string; description?: string }) {
  return (
    <div className="space-y-4">
      {title ? <PageHeader title={title} description={description} /> : null}
      <ApiUnavailable />
    </div>
  )
}
