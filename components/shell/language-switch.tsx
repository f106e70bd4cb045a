'use client'

import { useRouter } from 'next/navigation'
import { LOCALES, type Locale } from '@/lib/i18n/locale'
import { saveLocale } from '@/lib/i18n/save-locale'

/** The language buttons; the choice persists in the `locale` cookie. Named in both languages on purpose. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const router = useRouter()
  const choose = (l: Locale) => {
    saveLocale(l)
    router.refresh()
  }
  return (
    <div
      role="group"
      aria-label="Язык / Language"
      className="flex rounded-md border border-slate-200 text-xs font-medium"
    >
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={locale === l}
          onClick={() => choose(l)}
          className={locale === l ? 'bg-brand px-2 py-1 text-white' : 'px-2 py-1 text-slate-700 hover:bg-slate-100'}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
