import { z } from 'zod'
import { generalPayload, okEnvelope } from './common'
import { employeeSchema } from './employees'

export const otpSentSchema = okEnvelope({ email: z.string() })

/** `/auth` and `/refresh_token`: the profile, the token pair and the first page of reports. */
export const authResponseSchema = okEnvelope({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  mobile: z.string(),
  email: z.string().optional(),
  first_name: z.string(),
  last_name: z.string(),
  patronic_name: z.string(),
  biin: z.string(),
  company_name: z.string(),
  user_type: z.string(),
  employees: z.array(employeeSchema).optional(),
  ...generalPayload,
})
export type AuthResponse = z.infer<typeof authResponseSchema>['data']
