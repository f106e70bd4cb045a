import { commonText } from '@/lib/i18n/common-text'
import { getLocale } from '@/lib/i18n/get-locale'
import { RefreshButton } from './refresh-button'
import { shellText } from './shell-text'

/**
 * "API недоступен" with a retry. Pages render it (through `PageUnavailable`) when their own API calls
 * fail or time out, so it shows exactly once, and only when data is really missing.
 */
export async function ApiUnavailable() {
  const locale = await getLocale()
  const text = shellText(locale)
  return (
    <div
      role="alert"
      className="flex items-center justify-between gap-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <span>
        <strong>{text.apiDown}</strong> {text.apiDownHint}
      </span>
      <RefreshButton label={commonText(locale).retry} />
    </div>
  )
}
