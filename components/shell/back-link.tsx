import Link from 'next/link'

/** "← All reports" above a detail page: back to its list. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-sm text-brand underline-offset-2 hover:underline">
      {children}
    </Link>
  )
}
