'use client'

import { useRouter } from 'next/navigation'
import { LOCALE_LABEL, LOCALES, type Locale } from '@/lib/i18n/locale'
import { saveLocale } from '@/lib/i18n/save-locale'

/** Each language's own name, shown as the button's tooltip. */
const NATIVE_NAME: Record<Locale, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' }

/**
 * The language buttons (RU / KZ / EN); the choice persists in the `locale` cookie. The group is named
 * in all three languages on purpose: whoever cannot read the current one still finds the switch.
 */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const router = useRouter()
  const choose = (l: Locale) => {
    saveLocale(l)
    router.refresh()
  }
  return (
    <div
      role="group"
      aria-label="Язык / Тіл / Language"
      className="flex rounded-md border border-slate-200 text-xs font-medium"
    >
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          title={NATIVE_NAME[l]}
          aria-pressed={locale === l}
          onClick={() => choose(l)}
          className={locale === l ? 'bg-brand px-2 py-1 text-white' : 'px-2 py-1 text-slate-700 hover:bg-slate-100'}
        >
          {LOCALE_LABEL[l]}
        </button>
      ))}
    </div>
  )
}
