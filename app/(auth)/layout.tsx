import type { ReactNode } from 'react'

/** Sign-in pages: a centred card on the brand background, no portal shell. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-br from-brand via-brand to-accent">
      <main className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center">{children}</main>
    </div>
  )
}
