import type { Locale } from '@/lib/i18n/locale'

type Translations = Record<string, string>

/**
 * video.js's own translations of its controls, by portal locale, loaded with the player (English is
 * built in). A new locale adds its line here (video.js ships `dist/lang/<code>.json`; it has no Kazakh,
 * so `kk` is ours, in `video-kk.ts`).
 */
const PLAYER_LANGUAGES: Partial<Record<Locale, () => Promise<{ default: Translations }>>> = {
  ru: () => import('video.js/dist/lang/ru.json'),
  kk: () => import('./video-kk').then((m) => ({ default: m.VIDEO_JS_KK })),
}

/** The translations for `locale`, or null when the player's built-in English serves. */
export async function playerLanguage(locale: Locale): Promise<Translations | null> {
  const load = PLAYER_LANGUAGES[locale]
  return load ? (await load()).default : null
}

/** The words of video.js's big play button in each locale, for the button shown before video.js is loaded. */
export const PLAY_VIDEO: Record<Locale, string> = { ru: 'Воспроизвести видео', kk: 'Бейнені ойнату', en: 'Play Video' }
