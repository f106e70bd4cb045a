import { redirect } from 'next/navigation'
import { homeFor } from '@/lib/auth/roles'
import { getPortalSession } from '@/lib/auth/session'

/** The start page: each role lands on its own workspace. */
export default async function Home() {
  const s = await getPortalSession()
  redirect(s ? homeFor(s.role) : '/login')
}
