'use client'

import { useRouter } from 'next/navigation'

/** ru/en switch; the choice persists in the `locale` cookie for a year. */
export function LanguageSwitch({ locale }: { locale: 'ru' | 'en' }) {
  const router = useRouter()
  const set = (l: 'ru' | 'en') => {
    document.cookie = `locale=${l}; path=/; max-age=31536000; samesite=lax`
    router.refresh()
  }
  return (
    <div
      role="group"
      aria-label="Язык / Language"
      className="flex rounded-md border border-slate-200 text-xs font-medium"
    >
      {(['ru', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={locale === l}
          onClick={() => set(l)}
          className={locale === l ? 'bg-brand px-2 py-1 text-white' : 'px-2 py-1 text-slate-700 hover:bg-slate-100'}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
