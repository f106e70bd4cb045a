// media-text.ts reads SIGNAL_CODES from here in the browser (the review workspace, the vehicle page).
import '@/lib/schemas/jitless'
import { z } from 'zod'
import { reportItemSchema } from './common'

/**
 * A report item as the [ext] endpoints give it: the vehicle's fields present (the seed's lists leave
 * some out). `vehicle_guid` stays optional, as in the server's own schema: the real API leaves it out
 * of an employee's answers.
 */
export const extReportItemSchema = reportItemSchema.required({
  contract_number: true,
  vin_code: true,
  plate_number: true,
})

/** `media` of a submission [ext]: the prepared renditions and what the file says about itself. */
export const mediaSchema = z.object({
  status: z.enum(['processing', 'ready', 'failed']),
  duration_s: z.number().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  bitrate_kbps: z.number().int().nullable(),
  recorded_at: z.string().nullable(),
  sha256: z.string().nullable(),
  renditions: z.array(z.enum(['original', 'review'])),
  error: z.string().nullable(),
})

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

export const signalSchema = z.object({
  code: z.enum(SIGNAL_CODES),
  severity: z.enum(['info', 'warn']),
  message: z.string(),
  detail: z.record(z.string(), z.unknown()),
})

export const mediaFields = { media: mediaSchema, signals: z.array(signalSchema) }
export type Media = z.infer<typeof mediaSchema>
export type Signal = z.infer<typeof signalSchema>

/** `signals=` of `/1c/reports`: reports whose latest submission has any, none, or this signal. */
export const SIGNAL_FILTERS = ['any', 'none', ...SIGNAL_CODES] as const
export type SignalFilter = (typeof SIGNAL_FILTERS)[number]

/** The latest submission of a report: `time_sent` is Almaty wall time, `uploaded_at` a UTC instant. */
export const submissionSchema = z.object({
  time_sent: z.string(),
  lat: z.number(),
  long: z.number(),
  size: z.number().int(),
  uploaded_at: z.string(),
  ...mediaFields,
})
export type Submission = z.infer<typeof submissionSchema>
