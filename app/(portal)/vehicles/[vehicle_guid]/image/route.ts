import { routeAuth } from '@/lib/auth/route-auth'
import { fetchWithin } from '@/lib/forte/client'
import { getVehicleReports } from '@/lib/forte/reports'

/**
 * The vehicle type's picture, passed through from the API: the CSP allows images from 'self' only,
 * and the URL fetched is the one the API gave for this vehicle (never one from the request), without credentials.
 */
export async function GET(_req: Request, ctx: { params: Promise<{ vehicle_guid: string }> }) {
  const gate = await routeAuth('director', 'employee')
  if ('denied' in gate) return gate.denied
  const { vehicle_guid } = await ctx.params
  try {
    const data = await getVehicleReports(gate.auth, vehicle_guid)
    if (!data?.info.this.image_path) return new Response('Not found', { status: 404 })
    const res = await fetchWithin(data.info.this.image_path, {}, 10_000)
    const type = res.headers.get('content-type') ?? ''
    if (!res.ok || !type.startsWith('image/')) return new Response('Not found', { status: 404 })
    return new Response(res.body, { headers: { 'content-type': type, 'cache-control': 'private, max-age=3600' } })
  } catch {
    return new Response('Unavailable', { status: 502 })
  }
}
