import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { MediaState } from '@/components/media/media-state'
import { MediaPlayer } from '@/components/media/media-player'
import { ReportInstructions, ReportSummary, SubmissionCard } from '@/components/reports/report-details'
import { reportsText } from '@/components/reports/reports-text'
import { UploadVideoForm } from '@/components/reports/upload-video-form'
import { BackLink } from '@/components/shell/back-link'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { loadReportPage } from '@/lib/data/report'
import { awaitsVideo } from '@/lib/forte/codes'
import { getLocale } from '@/lib/i18n/get-locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: reportsText(await getLocale()).reportPage }
}

type Props = { params: Promise<{ ref_key: string }> }

/** One report: status, vehicle, instructions, reject reason, submission, the video, and the upload form when due. */
export default async function Page({ params }: Props) {
  const loaded = await loadReportPage('reports', params)
  const locale = await getLocale()
  const text = reportsText(locale)
  if ('apiDown' in loaded) return <PageUnavailable title={text.reportPage} />
  const data = loaded.data
  if (!data) notFound() // another company's report, an unknown or impossible ref_key: the API does not say which
  const r = data.report
  const canUpload = awaitsVideo(r.status_code)
  return (
    <div className="space-y-4">
      <BackLink href="/reports">{text.back}</BackLink>
      <PageHeader
        title={text.report(r.report_number)}
        description={[r.plate_number, data.typeTitle].filter(Boolean).join(' · ') || undefined}
      />
      <div className="grid gap-4 lg:grid-cols-[1fr_360px]">
        <div className="space-y-4">
          <ReportSummary data={data} locale={locale} text={text} />
          {/* Only a report that waits for a video carries the form (and its code). */}
          {canUpload ? <UploadVideoForm refKey={r.ref_key} locale={locale} /> : null}
          <Card>
            <CardHeader title={text.video} />
            <CardBody className="space-y-3">
              {data.submission ? <MediaState media={data.submission.media} locale={locale} /> : null}
              {data.hasVideo ? (
                <MediaPlayer
                  refKey={r.ref_key}
                  media={data.submission?.media ?? null}
                  label={text.videoLabel(r.report_number)}
                  locale={locale}
                  className="max-w-2xl"
                  frames={false}
                />
              ) : (
                <p className="text-sm text-slate-700">{text.noVideo}</p>
              )}
            </CardBody>
          </Card>
        </div>
        <div className="space-y-4">
          {data.submission ? <SubmissionCard submission={data.submission} locale={locale} text={text} /> : null}
          <ReportInstructions items={data.instructions} text={text} />
        </div>
      </div>
    </div>
  )
}
