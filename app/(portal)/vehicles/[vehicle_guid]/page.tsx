import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BackLink } from '@/components/shell/back-link'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { Checklist } from '@/components/ui/checklist'
import { VehicleCard } from '@/components/vehicles/vehicle-card'
import { VehicleQr } from '@/components/vehicles/vehicle-qr'
import { VehicleReports } from '@/components/vehicles/vehicle-reports'
import { vehiclesText } from '@/components/vehicles/vehicles-text'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { ForteApiError } from '@/lib/forte/errors'
import { loadPageData } from '@/lib/forte/page-data'
import { getVehicleReports } from '@/lib/forte/reports'
import { instructionList } from '@/lib/forte/schemas/common'
import { getLocale } from '@/lib/i18n/get-locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: vehiclesText(await getLocale()).title }
}

type Props = { params: Promise<{ vehicle_guid: string }> }

/** One vehicle: card, its type's checklist, reports with videos, and its sticker QR code. */
export default async function Page({ params }: Props) {
  const session = await requireRole('director', 'employee')
  const { vehicle_guid: guid } = await params
  const auth = await getApiAuth()
  const locale = await getLocale()
  const text = vehiclesText(locale)

  const loaded = await loadPageData(`/vehicles/${encodeURIComponent(guid)}`, () =>
    getVehicleReports(auth, guid).catch((e) => {
      if (e instanceof ForteApiError && e.status === 422) return undefined // a malformed id is just an unknown vehicle
      throw e
    }),
  )
  if ('apiDown' in loaded) return <PageUnavailable />
  const data = loaded.data
  if (!data) notFound() // another company's vehicle or an unknown id: the API does not say which

  const info = data.info.this
  const reports = [...data.reports.important, ...data.reports.general]
  const typeCode = reports[0]?.vehicle_type_code ?? Object.keys(data.info.by_vehicle_type_code)[0]
  const type = typeCode ? data.info.by_vehicle_type_code[typeCode] : undefined
  return (
    <div className="space-y-4">
      <BackLink href="/vehicles">{text.back}</BackLink>
      <PageHeader
        title={info.plate_number || info.vin_code}
        description={type ? `${type.vehicle_type_title} · VIN ${info.vin_code}` : `VIN ${info.vin_code}`}
      />
      <div className="grid gap-4 lg:grid-cols-[1fr_320px]">
        <div className="space-y-4">
          <VehicleCard guid={guid} info={info} typeTitle={type?.vehicle_type_title} text={text} />
          {/* For the person filming: the ticks stay on the page and work without JS. */}
          <Checklist
            title={text.instructions}
            hint={text.instructionsHint}
            empty={text.noInstructions}
            items={instructionList(type?.instructions)}
            testId="instructions"
          />
          <VehicleReports reports={reports} text={text} locale={locale} />
        </div>
        <div>
          <VehicleQr guid={guid} plate={info.plate_number} canPrint={session.role === 'director'} text={text} />
        </div>
      </div>
    </div>
  )
}
