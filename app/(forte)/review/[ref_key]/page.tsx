import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MediaFacts } from '@/components/media/media-facts'
import { DecidedNotice } from '@/components/review/decided-notice'
import { filtersQuery, neighbours, parseQueueParams, queueApiQuery } from '@/components/review/queue-params'
import { ReportFacts } from '@/components/review/report-facts'
import { ReportHistory } from '@/components/review/report-history'
import { reviewText } from '@/components/review/review-text'
import { ReviewVideo } from '@/components/review/review-video'
import { ReviewWorkspace } from '@/components/review/review-workspace'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button'
import { StatusBadge } from '@/components/ui/status-badge'
import { requireStaffAuth } from '@/lib/auth/session'
import { loadPageData } from '@/lib/forte/page-data'
import { getReport1C, listReports1C } from '@/lib/forte/review'
import { instructionList } from '@/lib/forte/schemas/common'
import { formatDateTime, instantOf } from '@/lib/format/dates'
import { statusTitle } from '@/lib/i18n/common-text'
import { apiDay } from '@/lib/format/dates'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

type Props = { params: Promise<{ ref_key: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: reviewText(await getLocale()).title }
}

/** One sent report: video beside the type's checklist, facts, decision with shortcuts, history. */
export default async function Page({ params, searchParams }: Props) {
  const auth = await requireStaffAuth()
  const locale = await getLocale()
  const text = reviewText(locale)
  const { ref_key: refKey } = await params
  const sp = await searchParams
  const filters = parseQueueParams(sp)

  // The queue around this report (first 200 with the same filters) gives J/K and "next after a decision".
  // And the vehicle's approved reports, newest first: the previous approved video to compare with.
  const loaded = await loadPageData('/review', () =>
    Promise.all([
      getReport1C(auth, refKey).then(async (d) => ({
        detail: d,
        approved: d
          ? await listReports1C(auth, { vehicle_guid: d.vehicle.vehicle_guid, status_code: 3, per_page: 5 })
          : undefined,
      })),
      listReports1C(auth, queueApiQuery(filters, { page: 1, per_page: 200 })),
    ]),
  )
  if ('apiDown' in loaded) return <PageUnavailable />
  const [{ detail, approved }, queue] = loaded.data
  if (!detail) notFound()
  const prevApproved = approved?.items.find((i) => i.ref_key !== refKey && i.submission)
  const prevSent = instantOf(prevApproved?.submission?.time_sent)

  const { report, vehicle, company } = detail
  const submission = report.submission
  const qs = filtersQuery(filters)
  const queueKeys = queue.items.map((i) => i.ref_key)
  const around = neighbours(queueKeys, refKey)
  const href = (k: string | undefined) => (k ? `/review/${encodeURIComponent(k)}${qs}` : undefined)
  // After a decision: the next one after this report, or the queue's oldest other report.
  const nextAfter = around.index >= 0 ? around.next : queueKeys.find((k) => k !== refKey)
  const canDecide = report.status_code === 2
  const status = statusTitle(locale, report.status_code)

  return (
    <div className="space-y-4">
      <PageHeader
        title={text.reportTitle(report.report_number)}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span data-testid="report-status">
              <StatusBadge code={report.status_code} locale={locale} />
            </span>
            <span>{around.index >= 0 ? text.position(around.index + 1, queue.total) : text.notInQueue}</span>
          </span>
        }
        actions={
          <nav aria-label={text.title} className="flex gap-2">
            <Link href={`/review${qs}`} className={buttonClass('secondary', 'sm')}>
              {text.backToQueue}
            </Link>
            {around.prev ? (
              <Link href={href(around.prev)!} className={buttonClass('secondary', 'sm')} aria-keyshortcuts="K">
                {text.prev}
              </Link>
            ) : null}
            {around.index >= 0 && around.next ? (
              <Link href={href(around.next)!} className={buttonClass('secondary', 'sm')} aria-keyshortcuts="J">
                {text.next}
              </Link>
            ) : null}
          </nav>
        }
      />
      <DecidedNotice sp={sp} locale={locale} filters={qs} />
      {!canDecide ? (
        <Alert tone="info">
          {text.alreadyDecided(status)}
          {report.reject_reason ? ` «${report.reject_reason}»` : ''}
        </Alert>
      ) : null}
      <ReviewWorkspace
        key={refKey}
        refKey={refKey}
        reportNumber={report.report_number}
        locale={locale}
        instructions={instructionList(vehicle.instructions)}
        canDecide={canDecide}
        nextHref={href(nextAfter)}
        prevHref={href(around.prev)}
        previous={
          prevApproved
            ? {
                refKey: prevApproved.ref_key,
                reportNumber: prevApproved.report_number,
                sentAt: prevSent ? formatDateTime(prevSent, locale) : '',
              }
            : undefined
        }
        queueHref={`/review${qs}`}
        video={
          <ReviewVideo
            refKey={refKey}
            submission={submission}
            text={text}
            locale={locale}
            reportHref={(k) => `/review/${encodeURIComponent(k)}`}
          />
        }
        facts={
          <>
            <ReportFacts
              locale={locale}
              data={{
                companyName: company.name,
                biin: company.biin,
                plate: vehicle.plate_number,
                vin: vehicle.vin_code,
                typeTitle: vehicle.vehicle_type_title,
                contract: report.contract_number,
                period: `${apiDay(locale, report.date_start_datetime, report.date_start_render)} — ${apiDay(locale, report.date_finish_datetime, report.date_finish_render)}`,
                timeSent: submission?.time_sent,
                lat: submission?.lat,
                long: submission?.long,
              }}
            />
            {submission ? (
              <MediaFacts refKey={refKey} media={submission.media} size={submission.size} locale={locale} />
            ) : null}
          </>
        }
      />
      <ReportHistory entries={detail.history} locale={locale} />
    </div>
  )
}
