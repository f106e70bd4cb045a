import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ApiUnavailable } from '@/components/shell/api-status-banner'
import { PageHeader } from '@/components/shell/page-header'
import { StaffVehicleSearch } from '@/components/stickers/staff-vehicle-search'
import { StickerPicker } from '@/components/stickers/sticker-picker'
import { parseStickerSearch } from '@/components/stickers/sticker-params'
import { ownVehicles, searchVehicles, STAFF_PAGE_SIZE, type PickableVehicle } from '@/components/stickers/sticker-vehicles'
import { stickersText } from '@/components/stickers/stickers-text'
import { currentLocale } from '@/components/vehicles/vehicles-text'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { ForteApiError, isApiDown } from '@/lib/forte/errors'

export const metadata: Metadata = { title: 'Наклейки' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Pick vehicles and a layout; a director sees their own vehicles, Forte staff search every company's. */
export default async function Page({ searchParams }: Props) {
  await requireRole('director', 'staff')
  const auth = await getApiAuth()
  const text = stickersText(await currentLocale())
  const search = parseStickerSearch(await searchParams)
  const isStaff = auth.kind === 'basic'

  let vehicles: PickableVehicle[]
  let total = 0
  try {
    if (isStaff) ({ vehicles, total } = await searchVehicles(auth, search))
    else vehicles = await ownVehicles(auth)
  } catch (e) {
    if (e instanceof ForteApiError && e.status === 401) redirect('/login?reason=expired&from=/stickers')
    if (!isApiDown(e)) throw e
    return (
      <div className="space-y-4">
        <PageHeader title={text.title} description={text.description} />
        <ApiUnavailable />
      </div>
    )
  }

  const pageLink = (page: number) => `/stickers?${new URLSearchParams({ ...(search.biin && { biin: search.biin }), ...(search.q && { q: search.q }), page: String(page) })}`
  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      {isStaff ? (
        <>
          <StaffVehicleSearch biin={search.biin} q={search.q} text={text} />
          <p className="text-sm text-slate-700" aria-live="polite">{text.found(total)}</p>
        </>
      ) : null}
      <StickerPicker vehicles={vehicles} showCompany={isStaff} preselect={!isStaff} text={text} />
      {isStaff && total > STAFF_PAGE_SIZE ? (
        <nav aria-label="Страницы" className="flex gap-4 text-sm">
          {search.page > 1 ? <Link className="text-brand hover:underline" href={pageLink(search.page - 1)}>{text.prev}</Link> : null}
          {search.page * STAFF_PAGE_SIZE < total ? <Link className="text-brand hover:underline" href={pageLink(search.page + 1)}>{text.next}</Link> : null}
        </nav>
      ) : null}
    </div>
  )
}
