import type { Metadata } from 'next'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { StaffVehicleSearch } from '@/components/stickers/staff-vehicle-search'
import { StickerPicker } from '@/components/stickers/sticker-picker'
import { parseStickerSearch } from '@/components/stickers/sticker-params'
import { stickersText } from '@/components/stickers/stickers-text'
import { Pagination } from '@/components/ui/pagination'
import { requireApiAuth } from '@/lib/auth/session'
import { ownVehicles, searchVehicles, STAFF_PAGE_SIZE } from '@/lib/data/stickers'
import { loadPageData } from '@/lib/forte/page-data'
import { commonText } from '@/lib/i18n/common-text'
import { getLocale } from '@/lib/i18n/get-locale'
import { type SearchParams, toQuery } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: stickersText(await getLocale()).title }
}

type Props = { searchParams: Promise<SearchParams> }

/** Pick vehicles and a layout; a director sees their own vehicles, Forte staff search every company's. */
export default async function Page({ searchParams }: Props) {
  const auth = await requireApiAuth('director', 'staff')
  const locale = await getLocale()
  const text = stickersText(locale)
  const { page, ...filter } = parseStickerSearch(await searchParams)
  const isStaff = auth.kind === 'basic'
  const loaded = await loadPageData('/stickers', async () => {
    if (isStaff) return searchVehicles(auth, { ...filter, page })
    const vehicles = await ownVehicles(auth, filter)
    return { vehicles, total: vehicles.length }
  })
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const { vehicles, total } = loaded.data
  const pages = isStaff ? Math.ceil(total / STAFF_PAGE_SIZE) : 1
  const pageText = commonText(locale).pages
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <StaffVehicleSearch filter={filter} staff={isStaff} text={text} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {text.found(total)}
      </p>
      <StickerPicker
        vehicles={vehicles}
        total={total}
        filter={filter}
        showCompany={isStaff}
        preselect={!isStaff}
        locale={locale}
      />
      {pages > 1 ? (
        <Pagination
          page={Math.min(page, pages)}
          pages={pages}
          href={(p) => `/stickers${toQuery({ ...filter, page: p })}`}
          text={{ ...pageText, label: pageText.label(text.vehicles) }}
        />
      ) : null}
    </div>
  )
}
