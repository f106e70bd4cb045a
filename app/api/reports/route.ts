import { NextResponse } from 'next/server'
import { parseReportParams } from '@/components/reports/report-params'
import { routeAuth } from '@/lib/auth/route-auth'
import { loadDashboard } from '@/lib/data/dashboard'
import { ForteApiError, toFailure } from '@/lib/forte/errors'
import { failureText } from '@/lib/i18n/failure-text'
import { getLocale } from '@/lib/i18n/get-locale'

export const dynamic = 'force-dynamic'

/** GET /api/reports?range=&vehicle=: the dashboard's rows for SWR revalidation (no tokens in the answer). */
export async function GET(request: Request) {
  const gate = await routeAuth('director', 'employee')
  if ('denied' in gate) return gate.denied
  const params = parseReportParams(new URL(request.url).searchParams)
  try {
    return NextResponse.json(await loadDashboard(gate.auth, params), { headers: { 'cache-control': 'no-store' } })
  } catch (e) {
    return NextResponse.json(
      { message: failureText(await getLocale())[toFailure(e)] },
      { status: e instanceof ForteApiError ? e.status : 502 },
    )
  }
}
