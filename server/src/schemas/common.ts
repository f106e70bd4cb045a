import { z } from 'zod'

/** The success envelope around a payload shape: `{"status":"ok","data":{message, code, ...}}`. */
export const okSchema = <S extends z.ZodRawShape>(payload: S) =>
  z.object({ status: z.literal('ok'), data: z.object({ message: z.string(), code: z.number().int(), ...payload }) })

export const ErrorSchema = z
  .object({
    status: z.literal('error'),
    data: z.object({
      message: z.string(),
      code: z.number().int(),
      errors: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: 'Error', description: 'Error envelope (api-contract.md "Conventions")' })

/** `response` entries for the error statuses a route may answer with. */
export const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [c, ErrorSchema])) as Record<number, typeof ErrorSchema>

/** A BIN/IIN: 12 digits (the check digit is verified in the handler so it can say 422 with a reason). */
export const BiinParam = z.string().regex(/^\d{12}$/, 'BIN/IIN must be 12 digits.')
