/**
 * The upload's plain rules, without zod: what a page needs before anyone submits (the file check, the
 * time field's value, the refusal texts). The schemas that check a whole form are in `upload.ts`,
 * which the forms load when they validate.
 */

/** The API's limit (api-contract.md): the file must fit in 64 MiB. */
export const MAX_VIDEO_BYTES = 64 * 1024 * 1024
/** Bytes needed to recognise an MP4: box size (4) + `ftyp` (4) + major brand (4). */
const MP4_SNIFF_BYTES = 12

/**
 * Is this the start of an MP4 (ISO-BMFF) file? Decided from the bytes, never from the name or the
 * browser's MIME guess: the first box must be `ftyp` with a sane size and a printable brand.
 * The same rule as the API's, so the browser refuses what the server would refuse.
 */
export function isMp4Signature(head: Uint8Array): boolean {
  if (head.length < MP4_SNIFF_BYTES) return false
  if (String.fromCharCode(head[4]!, head[5]!, head[6]!, head[7]!) !== 'ftyp') return false
  const size = ((head[0]! << 24) >>> 0) + (head[1]! << 16) + (head[2]! << 8) + head[3]!
  if (size < 16 || size > 4096 || (size - 16) % 4 !== 0) return false
  for (let i = 8; i < 12; i++) if (head[i]! < 0x20 || head[i]! > 0x7e) return false
  return true
}

const TIME_SENT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/

/** `yyyy-mm-dd hh:mm:ss` for the API from a datetime-local value (seconds optional); null when not a real time. */
export function toApiTimeSent(v: string): string | null {
  const m = TIME_SENT.exec(v.trim())
  if (!m) return null
  const [y, mo, d, h, mi, s = '00'] = m.slice(1) as [string, string, string, string, string, string | undefined]
  const dt = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s))
  if (
    dt.getUTCFullYear() !== +y ||
    dt.getUTCMonth() !== +mo - 1 ||
    dt.getUTCDate() !== +d ||
    +h > 23 ||
    +mi > 59 ||
    +s > 59
  )
    return null
  return `${y}-${mo}-${d} ${h}:${mi}:${s}`
}

/** `yyyy-mm-ddThh:mm:ss` (a datetime-local value) of a moment, in the browser's local time. */
export function localDateTimeValue(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}

/** The file's own first bytes must say MP4; null when fine, else a Russian message. */
export async function checkVideoFile(file: Blob): Promise<string | null> {
  if (file.size > MAX_VIDEO_BYTES) return 'Файл больше 64 МБ'
  const head = new Uint8Array(await file.slice(0, MP4_SNIFF_BYTES).arrayBuffer())
  return isMp4Signature(head) ? null : 'Файл не является видео MP4'
}

/** Russian messages for the API's field names, used when the API refuses a field (422). */
export const UPLOAD_FIELD_MESSAGES: Record<string, string> = {
  file: 'Файл не является видео MP4 или отсутствует',
  ref_key: 'Отчёт не найден',
  time_sent: 'Время в формате ГГГГ-ММ-ДД чч:мм:сс',
  lat: 'Широта: число от -90 до 90, не более 8 знаков после точки',
  long: 'Долгота: число от -180 до 180, не более 8 знаков после точки',
}

/** What the portal's upload route answers on failure. */
export type UploadFailure = { message: string; errors?: Record<string, string> }
