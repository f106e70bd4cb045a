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
/** A company's reminder days before a report is due (api-contract.md: `reminder_days_before` 1..14). */
export const MIN_DAYS_BEFORE = 1
export const MAX_DAYS_BEFORE = 14
