import { z } from 'zod'
import { SIGNAL_CODES } from '../plugins/app/media/signals.js'

/** `media` and `signals` of a submission (api-contract.md "Media and review signals"). */
const MediaSchema = z
  .object({
    status: z.enum(['processing', 'ready', 'failed']),
    duration_s: z.number().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    bitrate_kbps: z.number().int().nullable(),
    recorded_at: z
      .string()
      .nullable()
      .meta({ description: "The file's own creation time, Asia/Almaty local ISO (null when the file does not say)" }),
    sha256: z.string().nullable(),
    renditions: z.array(z.enum(['original', 'review'])),
    error: z.string().nullable().meta({ description: 'Why, when `failed`; else null' }),
  })
  .meta({ id: 'SubmissionMedia' })

const SignalSchema = z
  .object({
    code: z.enum(SIGNAL_CODES),
    severity: z.enum(['info', 'warn']),
    message: z.string().meta({ description: 'Russian, for the reviewer' }),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ReviewSignal' })

/** The two keys every submission object carries. */
export const MediaFields = { media: MediaSchema, signals: z.array(SignalSchema) }

/** `signals=any|none|<code>`: reports whose latest submission has any / no / this signal. */
export const SignalsFilter = z.enum(['any', 'none', ...SIGNAL_CODES])
