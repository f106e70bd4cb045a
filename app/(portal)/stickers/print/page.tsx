import type { Metadata } from 'next'
import { BackLink } from '@/components/shell/back-link'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { LAYOUTS, paginate } from '@/components/stickers/layouts'
import { PrintButton } from '@/components/stickers/print-button'
import { StickerSheets } from '@/components/stickers/sticker-sheets'
import { parseStickerParams } from '@/components/stickers/sticker-params'
import { stickersText } from '@/components/stickers/stickers-text'
import { Alert } from '@/components/ui/alert'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { resolveVehicles } from '@/lib/data/stickers'
import { loadPageData } from '@/lib/forte/page-data'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: stickersText(await getLocale()).printTitle }
}

type Props = { searchParams: Promise<SearchParams> }

/** The print view: A4 sheets (or single labels) at exact millimetre sizes; print CSS hides the rest. */
export default async function Page({ searchParams }: Props) {
  await requireRole('director', 'staff')
  const auth = await getApiAuth()
  const text = stickersText(await getLocale())
  const { layout, guids, copies } = parseStickerParams(await searchParams)

  const loaded = await loadPageData('/stickers', () => resolveVehicles(auth, guids))
  if ('apiDown' in loaded) return <PageUnavailable />
  const vehicles = loaded.data

  const pages = paginate(vehicles, LAYOUTS[layout], copies)
  const missing = guids.length - vehicles.length
  return (
    <div className="sticker-print space-y-4" data-layout={layout}>
      <div className="space-y-4 print:hidden">
        <BackLink href="/stickers">{text.backToPick}</BackLink>
        <PageHeader
          title={text.printTitle}
          description={`${text.layouts[layout]} · ${text.summary(
            pages.reduce((n, p) => n + p.length, 0),
            pages.length,
          )}`}
          actions={vehicles.length ? <PrintButton label={text.print} /> : null}
        />
        {missing > 0 ? <Alert tone="warning">{text.missing(missing)}</Alert> : null}
        {vehicles.length === 0 ? (
          <Alert tone="info">{text.nothingChosen}</Alert>
        ) : (
          <p className="text-sm text-slate-700">{text.printHint}</p>
        )}
      </div>
      {vehicles.length ? <StickerSheets vehicles={vehicles} layout={layout} copies={copies} text={text} /> : null}
    </div>
  )
}
