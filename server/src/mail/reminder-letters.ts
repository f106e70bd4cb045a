import { daysBetween } from '../lib/dates.js'
import { renderDateRu } from '../lib/report-format.js'
import { STATUS } from '../lib/codes.js'
import { bilingualHtml, enPlural, escapeHtml, para, ruPlural } from './letter-text.js'

/** A report as a reminder letter names it. */
export interface LetterReport {
  ref_key: string
  report_number: string
  plate_number: string
  vin_code: string
  vehicle_type_title: string
  date_finish: string
  status_code: number
  reject_reason: string
}

export interface DigestInput {
  to: string
  companyName: string
  /** Almaty day of the digest. */
  today: string
  daysBefore: number
  overdue: LetterReport[]
  overdueTotal: number
  soon: LetterReport[]
  soonTotal: number
  portalUrl: string
}

export interface RejectionInput {
  to: string
  companyName: string
  report: LetterReport
  reason: string
  today: string
  portalUrl: string
}

const reportLink = (portalUrl: string, refKey: string) => `${portalUrl}/reports/${encodeURIComponent(refKey)}`
const vehicleRu = (r: LetterReport) => `${r.plate_number || `без номера, VIN ${r.vin_code}`} (${r.vehicle_type_title})`
const vehicleEn = (r: LetterReport) => `${r.plate_number || `no plate, VIN ${r.vin_code}`} (${r.vehicle_type_title})`

function whenRu(r: LetterReport, today: string): string {
  const d = daysBetween(today, r.date_finish)
  if (d < 0) return `срок был ${renderDateRu(r.date_finish)}, просрочен на ${ruPlural(-d, 'день', 'дня', 'дней')}`
  if (d === 0) return `срок сегодня, ${renderDateRu(r.date_finish)}`
  return `срок ${renderDateRu(r.date_finish)}, через ${ruPlural(d, 'день', 'дня', 'дней')}`
}

function whenEn(r: LetterReport, today: string): string {
  const d = daysBetween(today, r.date_finish)
  if (d < 0) return `was due ${r.date_finish}, ${enPlural(-d, 'day')} overdue`
  if (d === 0) return `due today, ${r.date_finish}`
  return `due ${r.date_finish}, in ${enPlural(d, 'day')}`
}

interface Entry {
  head: string
  reason: string
  link: string
}

/** One section of the digest in one language: a title, its entries, "and N more". */
function section(title: string, entries: Entry[], more: string | null) {
  const text = [
    title,
    ...entries.flatMap((e) => [`• ${e.head}`, ...(e.reason ? [`  ${e.reason}`] : []), `  ${e.link}`]),
    ...(more ? [more] : []),
  ]
  const html = [
    `<p style="margin:16px 0 8px;font-weight:bold">${escapeHtml(title)}</p><ul style="margin:0 0 12px;padding-left:20px">`,
    ...entries.map(
      (e) =>
        `<li style="margin:0 0 8px"><a href="${escapeHtml(e.link)}">${escapeHtml(e.head)}</a>` +
        (e.reason ? `<br><span style="color:#b91c1c">${escapeHtml(e.reason)}</span>` : '') +
        '</li>',
    ),
    '</ul>',
    ...(more ? [para(more)] : []),
  ].join('')
  return { text, html }
}

/**
 * The daily digest to a company: its overdue reports and those due within `daysBefore` days, each
 * with a link to the report in the portal. Russian then English, plain text and HTML.
 */
export function digestLetter(input: DigestInput) {
  const { today, portalUrl } = input
  const entry = (lang: 'ru' | 'en') => (r: LetterReport) => ({
    head:
      lang === 'ru'
        ? `Отчёт № ${r.report_number}, ${vehicleRu(r)}: ${whenRu(r, today)}`
        : `Report № ${r.report_number}, ${vehicleEn(r)}: ${whenEn(r, today)}`,
    reason:
      r.status_code === STATUS.REJECTED && r.reject_reason
        ? `${lang === 'ru' ? 'Отказано' : 'Rejected'}: ${r.reject_reason.replace(/\s+/g, ' ')}`
        : '',
    link: reportLink(portalUrl, r.ref_key),
  })
  const moreRu = (shown: number, total: number) =>
    total > shown ? `…и ещё ${total - shown}: все они в портале, ${portalUrl}/reports` : null
  const moreEn = (shown: number, total: number) =>
    total > shown ? `…and ${total - shown} more: all of them in the portal, ${portalUrl}/reports` : null

  const ruSections = [
    input.overdueTotal
      ? section(
          `Просрочено: ${ruPlural(input.overdueTotal, 'отчёт', 'отчёта', 'отчётов')}`,
          input.overdue.map(entry('ru')),
          moreRu(input.overdue.length, input.overdueTotal),
        )
      : null,
    input.soonTotal
      ? section(
          `Срок в ближайшие ${ruPlural(input.daysBefore, 'день', 'дня', 'дней')}: ${ruPlural(input.soonTotal, 'отчёт', 'отчёта', 'отчётов')}`,
          input.soon.map(entry('ru')),
          moreRu(input.soon.length, input.soonTotal),
        )
      : null,
  ].filter((s) => s !== null)
  const enSections = [
    input.overdueTotal
      ? section(
          `Overdue: ${enPlural(input.overdueTotal, 'report')}`,
          input.overdue.map(entry('en')),
          moreEn(input.overdue.length, input.overdueTotal),
        )
      : null,
    input.soonTotal
      ? section(
          `Due within ${enPlural(input.daysBefore, 'day')}: ${enPlural(input.soonTotal, 'report')}`,
          input.soon.map(entry('en')),
          moreEn(input.soon.length, input.soonTotal),
        )
      : null,
  ].filter((s) => s !== null)

  const ruIntro = `Напоминание о видеоосмотрах транспорта компании «${input.companyName}» на ${renderDateRu(today)}.`
  const ruOutro = [
    `Отправьте видео в портале ForteLeasing: ${portalUrl}/reports`,
    'Напоминания можно выключить или изменить в портале, в разделе «Аналитика».',
  ]
  const enIntro = `A reminder of the vehicle inspections of ${input.companyName}, as of ${today}.`
  const enOutro = [
    `Send the videos in the ForteLeasing portal: ${portalUrl}/reports`,
    'Reminders can be turned off or changed in the portal, under "Аналитика" (Insights).',
  ]

  const text = [
    'Здравствуйте!',
    '',
    ruIntro,
    ...ruSections.flatMap((s) => ['', ...s.text]),
    '',
    ...ruOutro,
    '',
    '—',
    '',
    enIntro,
    ...enSections.flatMap((s) => ['', ...s.text]),
    '',
    ...enOutro,
    '',
  ].join('\n')
  const html = bilingualHtml(
    [para('Здравствуйте!'), para(ruIntro), ...ruSections.map((s) => s.html), ...ruOutro.map((l) => para(l))].join(''),
    [para(enIntro), ...enSections.map((s) => s.html), ...enOutro.map((l) => para(l))].join(''),
  )
  return {
    to: input.to,
    subject: 'Напоминание об отчётах ForteLeasing · Inspection reminder',
    text,
    html,
    kind: 'reminder',
  }
}

/** The letter of a rejected report: the reviewer's reason and the link to send a new video. */
export function rejectionLetter(input: RejectionInput) {
  const { report: r, portalUrl, today } = input
  const link = reportLink(portalUrl, r.ref_key)
  const reasonLines = input.reason.split(/\r?\n/).map((l) => l.trim())
  const ruLines = [
    `Отчёт № ${r.report_number} компании «${input.companyName}», транспорт ${vehicleRu(r)}, отклонён проверяющим ForteLeasing.`,
    'Причина:',
    ...reasonLines.map((l) => `    ${l}`),
    `Отчёт: ${whenRu(r, today)}. Отправьте новое видео: ${link}`,
  ]
  const enLines = [
    `Report № ${r.report_number} of ${input.companyName}, vehicle ${vehicleEn(r)}, was rejected by a ForteLeasing reviewer.`,
    'Reason (as the reviewer wrote it):',
    ...reasonLines.map((l) => `    ${l}`),
    `The report ${whenEn(r, today)}. Send a new video: ${link}`,
  ]
  const text = ['Здравствуйте!', '', ...ruLines, '', '—', '', ...enLines, ''].join('\n')
  const reasonHtml = `<blockquote style="margin:0 0 12px;padding:8px 12px;border-left:3px solid #b91c1c;white-space:pre-line">${escapeHtml(reasonLines.join('\n'))}</blockquote>`
  const linkHtml = (label: string) =>
    `<p style="margin:0 0 12px"><a href="${escapeHtml(link)}">${escapeHtml(label)}</a></p>`
  const html = bilingualHtml(
    [
      para('Здравствуйте!'),
      para(ruLines[0]!),
      para('Причина:'),
      reasonHtml,
      para(`Отчёт: ${whenRu(r, today)}.`),
      linkHtml('Отправить новое видео'),
    ].join(''),
    [
      para(enLines[0]!),
      para(enLines[1]!),
      reasonHtml,
      para(`The report ${whenEn(r, today)}.`),
      linkHtml('Send a new video'),
    ].join(''),
  )
  return {
    to: input.to,
    subject: `Отчёт № ${r.report_number} отклонён · Report rejected`,
    text,
    html,
    kind: 'rejection',
  }
}
