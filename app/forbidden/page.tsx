import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'

export const metadata: Metadata = { title: 'Нет доступа' }

/** Where requireRole() sends a signed-in user whose role may not open a page: app/forbidden.tsx, with HTTP 403. */
export default function Page() {
  forbidden()
}
