import Link from 'next/link'
import type { ReactNode } from 'react'
import type { PortalSession } from '@/lib/auth/session'
import { getLocale } from '@/lib/i18n/get-locale'
import { HeaderMenu } from './header-menu'
import { LanguageSwitch } from './language-switch'
import { LogoutButton } from './logout-button'
import { NavLinks } from './nav-links'
import { navFor } from './nav-items'
import { shellText } from './shell-text'

/** Header (company, user, role navigation, language, logout) around every signed-in page (pages show the API banner). */
export async function PortalShell({ session, children }: { session: PortalSession; children: ReactNode }) {
  const locale = await getLocale()
  const text = shellText(locale)
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:py-3">
          <Link href="/" className="flex items-center gap-2 font-semibold text-brand">
            <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-lg bg-brand text-white">
              F
            </span>
            ForteLeasing
          </Link>
          <HeaderMenu label={text.menu}>
            <NavLinks items={navFor(session.role, text)} label={text.nav.label} />
            <div className="flex flex-wrap items-center gap-3 sm:ml-auto">
              <div className="text-sm leading-tight sm:text-right">
                <p className="font-medium text-slate-900" data-testid="user-name">
                  {session.name}
                </p>
                <p className="text-slate-600" data-testid="company-name">
                  {session.company} · {text.roles[session.role]}
                </p>
              </div>
              <LanguageSwitch locale={locale} />
              <LogoutButton label={text.signOut} />
            </div>
          </HeaderMenu>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 space-y-4 px-4 py-6">
        {children}
      </main>
    </div>
  )
}
