'use client'

import { createContext, type ReactNode, useContext } from 'react'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locale'

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE)

/** The reader's language for client components that have no `locale` prop (error boundaries, table pieces). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>
}

export const useLocale = () => useContext(LocaleContext)
