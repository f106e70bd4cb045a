import { apiBaseUrl } from '@/lib/auth/api'
import { RefreshButton } from './refresh-button'

async function apiReachable(): Promise<boolean> {
  try {
    const res = await fetch(`${apiBaseUrl()}/health`, { cache: 'no-store', signal: AbortSignal.timeout(2000) })
    return res.ok
  } catch {
    return false
  }
}

/** "API недоступен" with a retry, shown above every shell page while the API cannot be reached. */
export async function ApiStatusBanner() {
  if (await apiReachable()) return null
  return <ApiUnavailable />
}

/** Also for pages that catch ForteUnavailableError / ForteTimeoutError themselves. */
export function ApiUnavailable() {
  return (
    <div
      role="alert"
      className="flex items-center justify-between gap-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <span>
        <strong>API недоступен.</strong> Данные сейчас не загружаются. Повторите попытку через минуту.
      </span>
      <RefreshButton label="Повторить" />
    </div>
  )
}
