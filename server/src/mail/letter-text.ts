/** Pieces every letter shares: Russian plurals, HTML escaping, the two-language HTML frame. */

/** Russian plural: 1 минуту, 2 минуты, 5 минут, 21 минуту. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const d10 = n % 10
  const d100 = n % 100
  const word = d10 === 1 && d100 !== 11 ? one : d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14) ? few : many
  return `${n} ${word}`
}

export const enPlural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A paragraph of escaped text. */
export const para = (s: string, style = '') => `<p style="margin:0 0 12px;${style}">${escapeHtml(s)}</p>`

/** The letter's HTML: the Russian part, a rule, the English part (already HTML). */
export const bilingualHtml = (ru: string, en: string) =>
  [
    '<!doctype html><html lang="ru"><body style="font-family:Arial,Helvetica,sans-serif;color:#1e293b;line-height:1.5">',
    `<div lang="ru">${ru}</div>`,
    '<hr style="border:none;border-top:1px solid #e2e8f0;margin:20px 0">',
    `<div lang="en" style="color:#475569">${en}</div>`,
    '</body></html>',
  ].join('')
