import { ROLE, type Role } from '../lib/codes.js'
import { BUSINESS_TZ } from '../lib/dates.js'
import { bilingualHtml, enPlural as en, escapeHtml, para, ruPlural as ru } from './letter-text.js'

interface OtpLetterInput {
  to: string
  code: string
  expiresAt: Date
  /** Seconds the code lives (OTP_TTL). */
  ttl: number
  roleId: Role
  /** The employee's first name as typed at sign-in. */
  firstName?: string
}

const clock = new Intl.DateTimeFormat('ru-RU', {
  timeZone: BUSINESS_TZ,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** The lifetime in words; every number stays under 1000 (the code must be the letter's only 4-digit number). */
function lifetime(seconds: number): { ru: string; en: string } {
  const s = Math.min(999 * 86_400, Math.max(1, Math.round(seconds)))
  if (s < 60) return { ru: ru(s, 'секунду', 'секунды', 'секунд'), en: en(s, 'second') }
  const d = Math.floor(s / 86_400)
  const h = Math.floor((s % 86_400) / 3600)
  const m = Math.round((s % 3600) / 60)
  const parts: [number, [string, string, string], string][] = [
    [d, ['день', 'дня', 'дней'], 'day'],
    [h, ['час', 'часа', 'часов'], 'hour'],
    [m, ['минуту', 'минуты', 'минут'], 'minute'],
  ]
  const shown = parts.filter(([n]) => n > 0)
  return {
    ru: shown.map(([n, [one, few, many]]) => ru(n, one, few, many)).join(' '),
    en: shown.map(([n, , word]) => en(n, word)).join(' '),
  }
}

/**
 * A name typed by whoever asked for the code: only letters, spaces, hyphens and apostrophes reach the
 * letter (no digits that could pass for a code, no links, no markup).
 */
function safeName(name: string | undefined): string {
  const clean = (name ?? '')
    .replace(/[^\p{L}\p{M}' -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return clean.slice(0, 60)
}

/**
 * The sign-in code letter, in Russian then English, plain text and HTML. It says when the code
 * expires (Almaty time) and who asked for it. The code is the only 4-digit number in the text.
 */
export function otpLetter(input: OtpLetterInput) {
  const { code, roleId } = input
  const until = clock.format(input.expiresAt)
  const life = lifetime(input.ttl)
  const name = roleId === ROLE.EMPLOYEE ? safeName(input.firstName) : ''
  const who =
    roleId === ROLE.DIRECTOR
      ? { ru: 'директор компании', en: "the company's director" }
      : {
          ru: name ? `сотрудник компании ${name}` : 'сотрудник компании',
          en: name ? `the company's employee ${name}` : "the company's employee",
        }

  const ruLines = [
    'Код для входа в портал ForteLeasing:',
    '',
    `    ${code}`,
    '',
    `Код действует ${life.ru}, до ${until} по времени Алматы, и только один раз.`,
    `Код запросил ${who.ru}.`,
    'Никому не сообщайте код. Если вы его не запрашивали, просто удалите это письмо.',
  ]
  const enLines = [
    'Your ForteLeasing portal sign-in code is above.',
    `It is valid for ${life.en}, until ${until} Almaty time, and only once.`,
    `It was requested by ${who.en}.`,
    'Never share the code. If you did not ask for it, just delete this letter.',
  ]
  const text = [...ruLines, '', '—', '', ...enLines, ''].join('\n')

  const html = bilingualHtml(
    [
      para(ruLines[0]!),
      `<p style="margin:0 0 16px;font-size:32px;font-weight:bold;letter-spacing:8px;font-family:monospace">${escapeHtml(code)}</p>`,
      ...ruLines.slice(4).map((l) => para(l)),
    ].join(''),
    enLines.map((l) => para(l)).join(''),
  )

  return {
    to: input.to,
    subject: 'Код входа ForteLeasing · Sign-in code',
    text,
    html,
    kind: 'otp',
    expiresAt: input.expiresAt,
  }
}
