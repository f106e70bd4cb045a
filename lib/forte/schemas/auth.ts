import { z } from 'zod'
import { generalPayload, okEnvelope } from './common'
import { employeeSchema } from './employees'

export const otpSentSchema = okEnvelope({ email: z.string() })

/** What the portal keeps of a sign-in: the token pair and who signed in. */
const session = {
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  first_name: z.string(),
  last_name: z.string(),
  biin: z.string(),
  company_name: z.string(),
  user_type: z.string(),
}

/** `/auth` and `/refresh_token` as the seed shows them: the profile, the token pair and the first page of reports. */
export const authResponseSchema = okEnvelope({
  ...session,
  mobile: z.string(),
  email: z.string().optional(),
  patronic_name: z.string(),
  employees: z.array(employeeSchema).optional(),
  ...generalPayload,
})

/** The same answers read for the session only: the reports that ride along are not parsed on every refresh. */
export const sessionSchema = okEnvelope(session)

/** `GET /1c/me` [ext]: the reviewer behind the 1C credentials. */
export const meSchema = okEnvelope({ login: z.string(), display_name: z.string() })

/** `POST /logout` [ext]. */
export const loggedOutSchema = okEnvelope({})
