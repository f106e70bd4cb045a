import { Button } from '@/components/ui/button'
import type { StickersText } from './stickers-text'

/** Staff search over all companies' vehicles: a GET form, so the search is in the URL. */
export function StaffVehicleSearch({ biin, q, text }: { biin: string; q: string; text: StickersText }) {
  const input =
    'h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm focus-visible:outline-2 focus-visible:outline-accent'
  return (
    <form
      role="search"
      aria-label={text.searchLabel}
      action="/stickers"
      method="get"
      className="flex flex-wrap items-end gap-3"
    >
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        {text.biin}
        <input name="biin" defaultValue={biin} inputMode="numeric" maxLength={12} className={input} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        {text.query}
        <input name="q" defaultValue={q} className={input} />
      </label>
      <Button type="submit" variant="secondary">
        {text.search}
      </Button>
    </form>
  )
}
