import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'
import { shellText } from '@/components/shell/shell-text'
import { getLocale } from '@/lib/i18n/get-locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: shellText(await getLocale()).forbidden.title }
}

/** Where requireRole() sends a signed-in user whose role may not open a page: app/forbidden.tsx, with HTTP 403. */
export default function Page() {
  forbidden()
}
