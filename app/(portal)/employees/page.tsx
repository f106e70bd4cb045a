import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { EmployeeSearch } from '@/components/employees/employee-search'
import { employeesText } from '@/components/employees/employees-text'
import { EmployeesTable } from '@/components/employees/employees-table'
import { filterEmployees } from '@/components/employees/filter-employees'
import { InviteEmployee } from '@/components/employees/invite-employee'
import { JoinHelp } from '@/components/employees/join-help'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { invitePath } from '@/lib/auth/invite'
import { portalOrigin } from '@/lib/auth/same-origin'
import { getCompanyBiin, requireApiAuth } from '@/lib/auth/session'
import { listEmployees } from '@/lib/forte/employees'
import { loadPageData } from '@/lib/forte/page-data'
import { getLocale } from '@/lib/i18n/get-locale'
import { firstParam } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: employeesText(await getLocale()).title }
}

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** Directors only: the company's employees, with search (`?q=`) and deletion. */
export default async function Page({ searchParams }: Props) {
  const auth = await requireApiAuth('director')
  if (auth.kind !== 'bearer') redirect('/forbidden')
  const locale = await getLocale()
  const text = employeesText(locale)
  const query = (firstParam((await searchParams).q) ?? '').trim().slice(0, 100)

  const loaded = await loadPageData('/employees', () => listEmployees(auth))
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  const employees = loaded.data
  const biin = await getCompanyBiin()
  // The public address (NEXTAUTH_URL): the link leaves this screen, so it must not be a proxy's inner host.
  const origin = portalOrigin() ?? 'http://localhost:3000'

  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      {biin ? <InviteEmployee url={`${origin}${invitePath(biin)}`} text={text} /> : null}
      <JoinHelp text={text} />
      <EmployeeSearch query={query} label={text.searchLabel} placeholder={text.searchPlaceholder} />
      <EmployeesTable key={query} rows={filterEmployees(employees, query)} query={query} locale={locale} />
    </div>
  )
}
