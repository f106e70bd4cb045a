export interface UploadFields {
  ref_key: string
  time_sent: string
  lat: number
  long: number
}

const TIME_SENT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

function validTimeSent(s: string): boolean {
  const m = TIME_SENT.exec(s)
  if (!m) return false
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number]
  const dt = new Date(Date.UTC(y, mo - 1, d, h, mi, se))
  return (
    dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d && h < 24 && mi < 60 && se < 60
  )
}

/** decimal(p, 8): up to `intDigits` integer digits and 8 decimals, within ±limit. */
function coordinate(s: string | undefined, intDigits: number, limit: number): number | string {
  if (s === undefined || s.trim() === '') return 'Required.'
  const re = new RegExp(`^-?\\d{1,${intDigits}}(\\.\\d{1,8})?$`)
  if (!re.test(s.trim())) return `Must be a decimal number with at most 8 decimals.`
  const n = Number(s)
  if (!(n >= -limit && n <= limit)) return `Must be between -${limit} and ${limit}.`
  return n
}

/**
 * The multipart text fields of POST /reports/upload (api-contract.md): `{field: why}` for each bad one.
 * Plain code, not zod: the fields arrive one by one from a stream, before or after the file.
 */
export function checkUploadFields(f: Record<string, string>): {
  value: UploadFields | null
  errors: Record<string, string>
} {
  const errors: Record<string, string> = {}
  const ref_key = (f.ref_key ?? '').trim()
  if (!ref_key) errors.ref_key = 'Required.'
  else if (ref_key.length > 64) errors.ref_key = 'Too long.'
  const time_sent = (f.time_sent ?? '').trim()
  if (!time_sent) errors.time_sent = 'Required.'
  else if (!validTimeSent(time_sent)) errors.time_sent = 'Expected yyyy-mm-dd hh:mm:ss.'
  const lat = coordinate(f.lat, 2, 90)
  if (typeof lat === 'string') errors.lat = lat
  const long = coordinate(f.long, 3, 180)
  if (typeof long === 'string') errors.long = long
  if (Object.keys(errors).length || typeof lat === 'string' || typeof long === 'string') return { value: null, errors }
  return { value: { ref_key, time_sent, lat, long }, errors }
}
