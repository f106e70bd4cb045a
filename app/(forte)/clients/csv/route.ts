import { companiesCsv } from '@/components/insights/companies-csv'
import { companiesInView, parseCompaniesParams } from '@/components/insights/companies-params'
import { routeAuth } from '@/lib/auth/route-auth'
import { getStaffStats } from '@/lib/forte/insights'
import { toFailure } from '@/lib/forte/errors'
import { failureText } from '@/lib/i18n/failure-text'
import { getLocale } from '@/lib/i18n/get-locale'

/** The company table as CSV: the same search and order as the page's URL, so the same rows. Reads only. */
export async function GET(request: Request) {
  const gate = await routeAuth('staff')
  if ('denied' in gate) return gate.denied
  const locale = await getLocale()
  const params = parseCompaniesParams(new URL(request.url).searchParams)
  try {
    const stats = await getStaffStats(gate.auth)
    const day = new Date().toISOString().slice(0, 10)
    return new Response(companiesCsv(companiesInView(stats.companies, params), locale), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="clients-${day}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  } catch (e) {
    const failure = toFailure(e)
    return Response.json({ message: failureText(locale)[failure] }, { status: failure === 'expired' ? 401 : 502 })
  }
}
