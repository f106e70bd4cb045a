import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BackLink } from '@/components/shell/back-link'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { CaptureForm } from '@/components/tasks/capture-form'
import { SentNotice } from '@/components/tasks/sent-notice'
import { tasksText } from '@/components/tasks/tasks-text'
import { Alert } from '@/components/ui/alert'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { type Definition, DefinitionList } from '@/components/ui/definition-list'
import { StatusBadge } from '@/components/ui/status-badge'
import { TypeImage } from '@/components/vehicles/type-image'
import { loadReportPage } from '@/lib/data/report'
import { awaitsVideo } from '@/lib/forte/codes'
import { getLocale } from '@/lib/i18n/get-locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: tasksText(await getLocale()).title }
}

type Props = { params: Promise<{ ref_key: string }> }

/** The capture screen of one report: the vehicle, its type's checklist, the camera or a file, GPS, and the upload. */
export default async function Page({ params }: Props) {
  const loaded = await loadReportPage('tasks', params)
  const locale = await getLocale()
  const text = tasksText(locale)
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} />
  const data = loaded.data
  if (!data) notFound()
  const r = data.report
  const waiting = awaitsVideo(r.status_code)
  const plate = data.vehicle?.plate_number || r.plate_number || text.noPlate
  const rows: Definition[] = [
    [text.plate, plate],
    [text.vin, data.vehicle?.vin_code || r.vin_code || '—', 'font-mono break-all'],
    ...(data.typeTitle ? ([[text.type, data.typeTitle]] as Definition[]) : []),
  ]
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <BackLink href="/tasks">{text.back}</BackLink>
      <PageHeader title={text.capture(r.report_number)} description={plate} />
      <Card>
        <CardHeader title={text.vehicle} />
        <CardBody className="space-y-3">
          <div className="space-y-2" data-testid="capture-status">
            <StatusBadge code={r.status_code} locale={locale} />
            <DefinitionList rows={rows} testId="capture-vehicle" />
          </div>
          {r.vehicle_guid && data.vehicle?.image_path ? (
            <TypeImage
              src={`/vehicles/${encodeURIComponent(r.vehicle_guid)}/image`}
              alt={text.typePicture(data.typeTitle || plate)}
            />
          ) : null}
        </CardBody>
      </Card>
      {r.status_code === 4 && r.reject_reason ? (
        <Alert tone="danger">
          <strong>{text.rejected}.</strong> {text.reason}: {r.reject_reason}
        </Alert>
      ) : null}
      {waiting ? (
        <CaptureForm refKey={r.ref_key} checklist={data.instructions} locale={locale} />
      ) : r.status_code === 2 ? (
        <SentNotice text={text} />
      ) : (
        <Alert tone="info">{text.notWaiting}</Alert>
      )}
    </div>
  )
}
