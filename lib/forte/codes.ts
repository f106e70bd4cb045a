/**
 * The API's report status codes, period codes and limits as plain values: the browser checks URL parameters
 * with these, without zod (lib/forte/schemas/common.ts re-exports the types).
 */
export const STATUS_CODES = [1, 2, 3, 4] as const
export type StatusCode = (typeof STATUS_CODES)[number]
/** Due (1) or rejected (4): the report waits for a (new) video from the client. */
export const awaitsVideo = (code: number) => code === 1 || code === 4
export const DATE_RANGES = ['1w', '1m', '6m', '1y'] as const
export type DateRange = (typeof DATE_RANGES)[number]
/** The API stores a reject reason of up to 1000 characters. */
export const MAX_REASON_LENGTH = 1000

/** The closed list of review signals (api-contract.md "Media and review signals"). */
export const SIGNAL_CODES = [
  'duplicate_video',
  'gps_far',
  'gps_zero',
  'recorded_long_before',
  'too_short',
  'time_sent_future',
] as const
export type SignalCode = (typeof SIGNAL_CODES)[number]
/** `signals=` of `/1c/reports`: reports whose latest submission has any, none, or this signal. */
export const SIGNAL_FILTERS = ['any', 'none', ...SIGNAL_CODES] as const
export type SignalFilter = (typeof SIGNAL_FILTERS)[number]

/** The most stickers one print job holds (copies included): a few A4 packs, and a URL that stays short. */
export const MAX_STICKERS = 500
/** What may stand for a vehicle_guid in a URL or an action (the API's guids are UUID-like). */
export const GUID_PATTERN = /^[0-9A-Za-z-]{1,64}$/

/** A company's reminder days before a report is due (api-contract.md: `reminder_days_before` 1..14). */
export const MIN_DAYS_BEFORE = 1
export const MAX_DAYS_BEFORE = 14
