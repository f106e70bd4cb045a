import type { Locale } from '@/lib/i18n/locale'

/** How long something has waited, coarse and short: `45 мин`, `5 ч 10 мин`, `3 дн. 4 ч`, `1 г. 12 дн.` */
export function waitedFor(since: string | null | undefined, now: Date, locale: Locale): string {
  const t = since ? Date.parse(since) : NaN
  if (Number.isNaN(t)) return '—'
  const minutes = Math.max(0, Math.floor((now.getTime() - t) / 60_000))
  const u = locale === 'en' ? { y: 'y', d: 'd', h: 'h', m: 'min' } : { y: 'г.', d: 'дн.', h: 'ч', m: 'мин' }
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days >= 365) return `${Math.floor(days / 365)} ${u.y} ${days % 365} ${u.d}`
  if (days > 0) return `${days} ${u.d} ${hours} ${u.h}`
  if (hours > 0) return `${hours} ${u.h} ${minutes % 60} ${u.m}`
  return `${minutes} ${u.m}`
}
