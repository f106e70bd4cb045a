import type { ReactNode } from 'react'
import { PortalShell } from '@/components/shell/portal-shell'
import { requireRole } from '@/lib/auth/session'

/** Client pages (and stickers, shared with staff); each page narrows the roles further. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const session = await requireRole('director', 'employee', 'staff')
  return <PortalShell session={session}>{children}</PortalShell>
}
