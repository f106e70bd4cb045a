import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { EmployeeSearch } from '@/components/employees/employee-search'
import { employeesText } from '@/components/employees/employees-text'
import { EmployeesTable } from '@/components/employees/employees-table'
import { filterEmployees } from '@/components/employees/filter-employees'
import { JoinHelp } from '@/components/employees/join-help'
import { ApiUnavailable } from '@/components/shell/api-status-banner'
import { PageHeader } from '@/components/shell/page-header'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { listEmployees } from '@/lib/forte/employees'
import { getLocale } from '@/lib/i18n/get-locale'
import { ForteApiError, isApiDown } from '@/lib/forte/errors'

export async function generateMetadata(): Promise<Metadata> {
  return { title: employeesText(await getLocale()).title }
}

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** Directors only: the company's employees, with search (`?q=`) and deletion. */
export default async function Page({ searchParams }: Props) {
  await requireRole('director')
  const auth = await getApiAuth()
  if (auth.kind !== 'bearer') redirect('/forbidden')
  const locale = await getLocale()
  const text = employeesText(locale)
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw ?? '').trim().slice(0, 100)

  let employees
  try {
    employees = await listEmployees(auth)
  } catch (e) {
    // The API no longer takes the token (expired or revoked): proxy.ts ends the session there.
    if (e instanceof ForteApiError && e.status === 401) redirect('/login?reason=expired&from=/employees')
    if (!isApiDown(e)) throw e
    return (
      <div className="space-y-4">
        <PageHeader title={text.title} description={text.description} />
        <ApiUnavailable />
      </div>
    )
  }

  return (
    <div className="space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <JoinHelp text={text} />
      <EmployeeSearch query={query} label={text.searchLabel} placeholder={text.searchPlaceholder} />
      <EmployeesTable key={query} rows={filterEmployees(employees, query)} query={query} locale={locale} />
    </div>
  )
}
