import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { StaffVehicleSearch } from '@/components/stickers/staff-vehicle-search'
import { StickerPicker } from '@/components/stickers/sticker-picker'
import { parseStickerSearch } from '@/components/stickers/sticker-params'
import { ownVehicles, searchVehicles, STAFF_PAGE_SIZE } from '@/components/stickers/sticker-vehicles'
import { stickersText } from '@/components/stickers/stickers-text'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { loadPageData } from '@/lib/forte/page-data'
import { getLocale } from '@/lib/i18n/get-locale'
import type { SearchParams } from '@/lib/search-params'

export const metadata: Metadata = { title: 'Наклейки' }

type Props = { searchParams: Promise<SearchParams> }

/** Pick vehicles and a layout; a director sees their own vehicles, Forte staff search every company's. */
export default async function Page({ searchParams }: Props) {
  await requireRole('director', 'staff')
  const auth = await getApiAuth()
  const text = stickersText(await getLocale())
  const search = parseStickerSearch(await searchParams)
  const isStaff = auth.kind === 'basic'

  const loaded = await loadPageData('/stickers', async () =>
    isStaff ? searchVehicles(auth, search) : { vehicles: await ownVehicles(auth), total: 0 },
  )
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const { vehicles, total } = loaded.data

  const pageLink = (page: number) =>
    `/stickers?${new URLSearchParams({ ...(search.biin && { biin: search.biin }), ...(search.q && { q: search.q }), page: String(page) })}`
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      {isStaff ? (
        <>
          <StaffVehicleSearch biin={search.biin} q={search.q} text={text} />
          <p className="text-sm text-slate-700" aria-live="polite">
            {text.found(total)}
          </p>
        </>
      ) : null}
      <StickerPicker vehicles={vehicles} showCompany={isStaff} preselect={!isStaff} text={text} />
      {isStaff && total > STAFF_PAGE_SIZE ? (
        <nav aria-label="Страницы" className="flex gap-4 text-sm">
          {search.page > 1 ? (
            <Link className="text-brand hover:underline" href={pageLink(search.page - 1)}>
              {text.prev}
            </Link>
          ) : null}
          {search.page * STAFF_PAGE_SIZE < total ? (
            <Link className="text-brand hover:underline" href={pageLink(search.page + 1)}>
              {text.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
}
