import type { Metadata } from 'next'
import { BackLink } from '@/components/shell/back-link'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { LAYOUTS, paginate, startLabel, stickerCount } from '@/components/stickers/layouts'
import { PrintButton } from '@/components/stickers/print-button'
import { StickerSheets } from '@/components/stickers/sticker-sheets'
import { parseStickerParams } from '@/components/stickers/sticker-params'
import { stickersText } from '@/components/stickers/stickers-text'
import { Alert } from '@/components/ui/alert'
import { requireApiAuth } from '@/lib/auth/session'
import { resolveVehicles } from '@/lib/data/stickers'
import { loadPageData } from '@/lib/forte/page-data'
import { getLocale } from '@/lib/i18n/get-locale'
import { MAX_STICKERS } from '@/lib/forte/codes'
import { type SearchParams, toQuery } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: stickersText(await getLocale()).printTitle }
}

type Props = { searchParams: Promise<SearchParams> }

/** The print view: A4 sheets (or single labels) at exact millimetre sizes; print CSS hides the rest. */
export default async function Page({ searchParams }: Props) {
  const auth = await requireApiAuth('director', 'staff')
  const locale = await getLocale()
  const text = stickersText(locale)
  const { layout, copies, start, filter, pick } = parseStickerParams(await searchParams)

  const loaded = await loadPageData('/stickers', () => resolveVehicles(auth, filter, pick))
  if ('apiDown' in loaded) return <PageUnavailable />
  const { vehicles, matched } = loaded.data

  const first = startLabel(LAYOUTS[layout], start)
  const pages = paginate(vehicles, LAYOUTS[layout], copies, first)
  const printed = stickerCount(pages)
  const missing = pick.all ? 0 : pick.guids.length - vehicles.length
  const cut = pick.all ? matched * copies > MAX_STICKERS : vehicles.length * copies > MAX_STICKERS
  const summary = [text.layouts[layout], text.summary(printed, pages.length), first > 1 ? text.startNote(first) : null]
  return (
    <div className="sticker-print space-y-4" data-layout={layout}>
      <div className="space-y-4 print:hidden">
        <BackLink href={`/stickers${toQuery(filter)}`}>{text.backToPick}</BackLink>
        <PageHeader
          title={text.printTitle}
          description={summary.filter(Boolean).join(' · ')}
          actions={
            vehicles.length ? (
              <PrintButton
                guids={[...new Set(pages.flat().flatMap((v) => (v ? [v.vehicle_guid] : [])))]}
                filter={filter}
                locale={locale}
              />
            ) : null
          }
        />
        {missing > 0 ? <Alert tone="warning">{text.missing(missing)}</Alert> : null}
        {cut ? (
          <Alert tone="warning">
            {text.truncated(printed, pick.all ? matched * copies : vehicles.length * copies)}
          </Alert>
        ) : null}
        {vehicles.length === 0 ? (
          <Alert tone="info">{text.nothingChosen}</Alert>
        ) : (
          <p className="text-sm text-slate-700">{text.printHint}</p>
        )}
      </div>
      {vehicles.length ? (
        <StickerSheets vehicles={vehicles} layout={layout} copies={copies} start={first} text={text} />
      ) : null}
    </div>
  )
}
