import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { commonText } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import type { QueueParams } from './queue-params'
import { reviewText } from './review-text'

export type TypeOption = { code: string; title: string; count: number }

const selectClass =
  'h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus:border-accent focus:outline-2 focus:outline-accent/40'

/** A plain GET form: the URL holds the filters, so it works without JS and a link shares the view. */
export function QueueFilters({ params, types, locale }: { params: QueueParams; types: TypeOption[]; locale: Locale }) {
  const text = reviewText(locale)
  const ranges = commonText(locale).dateRange
  return (
    <form
      method="get"
      action="/review"
      aria-label={text.filtersLabel}
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1.5fr_1fr_auto]"
    >
      <div>
        <label htmlFor="f-company" className="mb-1 block text-sm font-medium text-slate-800">
          {text.company}
        </label>
        <Input
          id="f-company"
          name="company"
          type="search"
          defaultValue={params.company}
          placeholder={text.companyPlaceholder}
          autoComplete="off"
        />
      </div>
      <div>
        <label htmlFor="f-type" className="mb-1 block text-sm font-medium text-slate-800">
          {text.vehicleType}
        </label>
        <select id="f-type" name="type" defaultValue={params.type} className={selectClass}>
          <option value="">{text.all}</option>
          {types.map((t) => (
            <option key={t.code} value={t.code}>
              {t.title} ({t.count})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-range" className="mb-1 block text-sm font-medium text-slate-800">
          {text.period}
        </label>
        <select id="f-range" name="range" defaultValue={params.range} className={selectClass}>
          <option value="">{text.all}</option>
          {Object.entries(ranges).map(([code, title]) => (
            <option key={code} value={code}>
              {title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass()}>
          {text.apply}
        </button>
        <Link href="/review" className={buttonClass('secondary')}>
          {text.reset}
        </Link>
      </div>
    </form>
  )
}

/** The vehicle types present in the queue, with how many reports each has waiting. */
export function typeOptions(items: { vehicle_type_code: string; vehicle_type_title?: unknown }[]): TypeOption[] {
  const byCode = new Map<string, TypeOption>()
  for (const i of items) {
    const t = byCode.get(i.vehicle_type_code) ?? {
      code: i.vehicle_type_code,
      title: typeof i.vehicle_type_title === 'string' ? i.vehicle_type_title : i.vehicle_type_code,
      count: 0,
    }
    t.count++
    byCode.set(t.code, t)
  }
  return [...byCode.values()].sort((a, b) => a.title.localeCompare(b.title, 'ru'))
}
