import type { Metadata } from 'next'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { VehicleFilters } from '@/components/vehicles/vehicle-filters'
import { parseVehicleFilters } from '@/components/vehicles/vehicle-filters-params'
import { VehiclesTable } from '@/components/vehicles/vehicles-table'
import { vehiclesText } from '@/components/vehicles/vehicles-text'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { loadPageData } from '@/lib/forte/page-data'
import { getVehicleFilter } from '@/lib/forte/reports'
import { rangeOptions, statusOptions } from '@/lib/i18n/common-text'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: vehiclesText(await getLocale()).title }
}

type Props = { searchParams: Promise<SearchParams> }

/** The company's vehicles, each with the status of its most pressing report; filters live in the URL. */
export default async function Page({ searchParams }: Props) {
  await requireRole('director', 'employee')
  const auth = await getApiAuth()
  const locale = await getLocale()
  const text = vehiclesText(locale)
  const filters = parseVehicleFilters(await searchParams)

  const loaded = await loadPageData('/vehicles', () => getVehicleFilter(auth, filters))
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const data = loaded.data

  const rows = [...data.reports.important, ...data.reports.general]
  const typeTitles = Object.fromEntries(
    Object.entries(data.info.by_vehicle_type_code).map(([k, v]) => [k, v.vehicle_type_title]),
  )
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <VehicleFilters
        statuses={statusOptions(locale, Object.keys(data.filter.status))}
        ranges={rangeOptions(locale, Object.keys(data.filter.date_range))}
        text={{
          filtersLabel: text.filtersLabel,
          status: text.status,
          period: text.period,
          any: text.any,
          reset: text.reset,
        }}
      />
      <VehiclesTable
        rows={rows}
        typeTitles={typeTitles}
        text={text}
        locale={locale}
        filtered={Boolean(filters.status || filters.range)}
      />
    </div>
  )
}
