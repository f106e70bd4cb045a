import { mediaText, signalFilterOptions } from '@/components/media/media-text'
import { Input } from '@/components/ui/input'
import { SelectField } from '@/components/ui/select-field'
import type { StaffReportFacets } from '@/lib/forte/schemas/review'
import { rangeOptions } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import { FilterActions } from './filter-actions'
import type { QueueParams } from './queue-params'
import { reviewText } from './review-text'

/** A vehicle type of the queue with its count (the API's `facets.by_vehicle_type`). */
export type TypeOption = Pick<
  StaffReportFacets['by_vehicle_type'][number],
  'vehicle_type_code' | 'vehicle_type_title' | 'count'
>

/** A plain GET form: the URL holds the filters, so it works without JS and a link shares the view. */
export function QueueFilters({ params, types, locale }: { params: QueueParams; types: TypeOption[]; locale: Locale }) {
  const text = reviewText(locale)
  return (
    <form
      method="get"
      action="/review"
      aria-label={text.filtersLabel}
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1.5fr_1fr_1fr_auto]"
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
      <SelectField
        id="f-type"
        name="type"
        label={text.vehicleType}
        anyLabel={text.all}
        defaultValue={params.type}
        options={types.map((t) => ({ value: t.vehicle_type_code, label: `${t.vehicle_type_title} (${t.count})` }))}
      />
      <SelectField
        id="f-range"
        name="range"
        label={text.period}
        anyLabel={text.all}
        defaultValue={params.range}
        options={rangeOptions(locale, ['1w', '1m', '6m', '1y'])}
      />
      <SelectField
        id="f-signals"
        name="signals"
        label={mediaText(locale).signalsFilter}
        anyLabel={text.all}
        defaultValue={params.signals}
        options={signalFilterOptions(locale)}
      />
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <FilterActions apply={text.apply} reset={text.reset} resetHref="/review" />
    </form>
  )
}
