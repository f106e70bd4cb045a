import type { ReactNode } from 'react'
import { PortalShell } from '@/components/shell/portal-shell'
import { requireRole } from '@/lib/auth/session'

/** Forte staff workspace. */
export default async function ForteLayout({ children }: { children: ReactNode }) {
  const session = await requireRole('staff')
  return <PortalShell session={session}>{children}</PortalShell>
}
