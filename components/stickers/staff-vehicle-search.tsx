import { Button } from '@/components/ui/button'
import type { StickerFilter } from '@/lib/schemas/stickers'
import type { StickersText } from './stickers-text'

/**
 * The picker's filter, a GET form (the filter is in the URL): "only without a sticker" for everyone,
 * and for Forte staff the search over all companies by BIN and plate/VIN.
 */
export function StaffVehicleSearch({
  filter,
  staff,
  text,
}: {
  filter: StickerFilter
  staff: boolean
  text: StickersText
}) {
  const input =
    'h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm focus-visible:outline-2 focus-visible:outline-accent'
  return (
    <form
      role="search"
      aria-label={staff ? text.searchLabel : text.filterLabel}
      action="/stickers"
      method="get"
      className="flex flex-wrap items-end gap-3"
    >
      {staff ? (
        <>
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
            {text.biin}
            <input name="biin" defaultValue={filter.biin} inputMode="numeric" maxLength={12} className={input} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
            {text.query}
            <input name="q" defaultValue={filter.q} className={input} />
          </label>
        </>
      ) : null}
      <label className="flex h-10 items-center gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          name="sticker"
          value="none"
          defaultChecked={filter.sticker === 'none'}
          className="h-4 w-4 accent-accent"
        />
        {text.onlyNew}
      </label>
      <Button type="submit" variant="secondary">
        {staff ? text.search : text.apply}
      </Button>
    </form>
  )
}
