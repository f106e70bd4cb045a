import { NextResponse } from 'next/server'
import { loadDashboard } from '@/components/reports/load-reports'
import { parseReportParams } from '@/components/reports/report-params'
import { routeAuth } from '@/lib/auth/route-auth'
import { describeForteError, ForteApiError } from '@/lib/forte/errors'

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
      { message: describeForteError(e) },
      { status: e instanceof ForteApiError ? e.status : 502 },
    )
  }
}
