import { RefreshButton } from './refresh-button'

/**
 * "API недоступен" with a retry. Pages render it (through `PageUnavailable`) when their own API calls
 * fail or time out, so it shows exactly once, and only when data is really missing.
 */
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
