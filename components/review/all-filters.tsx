import { Input } from '@/components/ui/input'
import { SelectField } from '@/components/ui/select-field'
import { statusOptions } from '@/lib/i18n/common-text'
import type { Locale } from '@/lib/i18n/locale'
import type { AllReportsParams } from './all-params'
import { FilterActions } from './filter-actions'
import { reviewText } from './review-text'

const field = 'mb-1 block text-sm font-medium text-slate-800'

/** The "Все отчёты" filters: a plain GET form, so the URL holds the view and a link shares it. */
export function AllFilters({ params, locale }: { params: AllReportsParams; locale: Locale }) {
  const text = reviewText(locale)
  const decidedBy = params.decidedBy
  return (
    <form
      method="get"
      action="/review/all"
      aria-label={text.filtersLabel}
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="lg:col-span-2">
        <label htmlFor="a-q" className={field}>
          {text.allSearch}
        </label>
        <Input id="a-q" name="q" type="search" defaultValue={params.q} placeholder="264LE02" autoComplete="off" />
      </div>
      <div>
        <label htmlFor="a-biin" className={field}>
          {text.factBiin}
        </label>
        <Input
          id="a-biin"
          name="biin"
          inputMode="numeric"
          pattern="\d{12}"
          maxLength={12}
          defaultValue={params.biin}
          placeholder="200940026146"
          autoComplete="off"
        />
      </div>
      <SelectField
        id="a-status"
        name="status"
        label={text.status}
        anyLabel={text.all}
        defaultValue={String(params.status)}
        options={statusOptions(locale, ['1', '2', '3', '4'])}
      />
      <SelectField
        id="a-by"
        name="decided_by"
        label={text.decidedByLabel}
        anyLabel={text.decidedAnyone}
        defaultValue={decidedBy}
        options={[
          { value: 'me', label: text.decidedMe },
          ...(decidedBy && decidedBy !== 'me' ? [{ value: decidedBy, label: decidedBy }] : []),
        ]}
      />
      <div>
        <label htmlFor="a-from" className={field}>
          {text.decidedFrom}
        </label>
        <Input id="a-from" name="decided_from" type="date" defaultValue={params.decidedFrom} />
      </div>
      <div>
        <label htmlFor="a-to" className={field}>
          {text.decidedTo}
        </label>
        <Input id="a-to" name="decided_to" type="date" defaultValue={params.decidedTo} />
      </div>
      {params.vehicle ? <input type="hidden" name="vehicle" value={params.vehicle} /> : null}
      <FilterActions apply={text.apply} reset={text.reset} resetHref="/review/all" />
    </form>
  )
}
