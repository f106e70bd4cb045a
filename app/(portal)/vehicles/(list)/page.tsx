import type { Metadata } from 'next'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { Pagination } from '@/components/ui/pagination'
import { VehicleFilters } from '@/components/vehicles/vehicle-filters'
import {
  parseVehicleListParams,
  VEHICLES_PER_PAGE,
  vehicleListQuery,
  vehiclePage,
} from '@/components/vehicles/vehicle-filters-params'
import { VehiclesTable } from '@/components/vehicles/vehicles-table'
import { vehiclesText } from '@/components/vehicles/vehicles-text'
import { requireApiAuth } from '@/lib/auth/session'
import { loadVehicleList } from '@/lib/data/vehicles'
import { loadPageData } from '@/lib/forte/page-data'
import { commonText, rangeOptions, statusOptions } from '@/lib/i18n/common-text'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: vehiclesText(await getLocale()).title }
}

type Props = { searchParams: Promise<SearchParams> }

/** The company's vehicles with their most pressing status and next deadline; search, sort and page live in the URL. */
export default async function Page({ searchParams }: Props) {
  const auth = await requireApiAuth('director', 'employee')
  const locale = await getLocale()
  const text = vehiclesText(locale)
  const params = parseVehicleListParams(await searchParams)

  const loaded = await loadPageData(`/vehicles${vehicleListQuery(params)}`, () =>
    loadVehicleList(auth, { status: params.status, range: params.range }),
  )
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const data = loaded.data
  const view = vehiclePage(data.rows, params)
  const pageText = commonText(locale).pages
  const from = (view.page - 1) * VEHICLES_PER_PAGE
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <VehicleFilters
        statuses={statusOptions(locale, data.statuses)}
        ranges={rangeOptions(locale, data.ranges)}
        sorts={[
          { value: 'overdue', label: text.sortOverdue },
          { value: 'due', label: text.sortDue },
        ]}
        text={{
          filtersLabel: text.filtersLabel,
          status: text.status,
          period: text.period,
          any: text.any,
          reset: text.reset,
          sort: text.sort,
          sortDefault: text.sortDefault,
          search: text.search,
          searchPlaceholder: text.searchPlaceholder,
        }}
      />
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="vehicles-total">
        {text.found(view.total)}
      </p>
      <VehiclesTable
        rows={view.rows}
        typeTitles={data.typeTitles}
        text={text}
        locale={locale}
        filtered={Boolean(params.status || params.range || params.q)}
        footer={
          view.pages > 1 ? (
            <Pagination
              page={view.page}
              pages={view.pages}
              href={(page) => `/vehicles${vehicleListQuery({ ...params, page })}`}
              text={{ ...pageText, label: pageText.label(text.caption) }}
              summary={pageText.rows(from + 1, from + view.rows.length, view.total)}
              className="border-t border-slate-100 px-4 py-3"
            />
          ) : null
        }
      />
    </div>
  )
}
