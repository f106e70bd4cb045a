import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { ApiUnavailable } from '@/components/shell/api-status-banner'
import { PageHeader } from '@/components/shell/page-header'
import { VehicleFilters } from '@/components/vehicles/vehicle-filters'
import { parseVehicleFilters } from '@/components/vehicles/vehicle-filters-params'
import { VehiclesTable } from '@/components/vehicles/vehicles-table'
import { currentLocale, vehiclesText } from '@/components/vehicles/vehicles-text'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { ForteApiError, isApiDown } from '@/lib/forte/errors'
import { getVehicleFilter } from '@/lib/forte/reports'

export const metadata: Metadata = { title: 'Транспорт' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The company's vehicles, each with the status of its most pressing report; filters live in the URL. */
export default async function Page({ searchParams }: Props) {
  await requireRole('director', 'employee')
  const auth = await getApiAuth()
  const text = vehiclesText(await currentLocale())
  const filters = parseVehicleFilters(await searchParams)

  let data
  try {
    data = await getVehicleFilter(auth, filters)
  } catch (e) {
    if (e instanceof ForteApiError && e.status === 401) redirect('/login?reason=expired&from=/vehicles')
    if (!isApiDown(e)) throw e
    return (
      <div className="space-y-4">
        <PageHeader title={text.title} description={text.description} />
        <ApiUnavailable />
      </div>
    )
  }

  const rows = [...data.reports.important, ...data.reports.general]
  const typeTitles = Object.fromEntries(Object.entries(data.info.by_vehicle_type_code).map(([k, v]) => [k, v.vehicle_type_title]))
  const options = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }))
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <VehicleFilters statuses={options(data.filter.status)} ranges={options(data.filter.date_range)} text={{ filtersLabel: text.filtersLabel, status: text.status, period: text.period, any: text.any, reset: text.reset }} />
      <VehiclesTable rows={rows} typeTitles={typeTitles} text={text} filtered={Boolean(filters.status || filters.range)} />
    </div>
  )
}
