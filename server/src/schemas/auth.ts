import { z } from 'zod'
import { ROLE } from '../lib/codes.js'
import { GeneralPayload } from './reports.js'

export const EmployeeItem = z
  .object({ id: z.number().int(), first_name: z.string(), mobile: z.string() })
  .meta({ id: 'Employee' })

/** POST /biin/{biin} body (JSON or form: numbers may arrive as strings). */
export const OtpRequestBody = z
  .object({
    role_id: z.coerce.number().pipe(
      z.union([z.literal(ROLE.DIRECTOR), z.literal(ROLE.EMPLOYEE)], {
        error: `role_id must be ${ROLE.DIRECTOR} (director) or ${ROLE.EMPLOYEE} (employee).`,
      }),
    ),
    uuid: z.string().trim().min(1, 'Device uuid is required.').max(200),
    FCM: z.string().max(4096).optional().default(''),
    mobile: z
      .string()
      .trim()
      .regex(/^\+?\d{10,15}$/, 'Mobile must be 10 to 15 digits.')
      .optional(),
    first_name: z.string().trim().min(1, 'First name is required.').max(100).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.role_id !== ROLE.EMPLOYEE) return
    if (!b.mobile) ctx.addIssue({ code: 'custom', path: ['mobile'], message: 'Mobile is required for an employee.' })
    if (!b.first_name)
      ctx.addIssue({ code: 'custom', path: ['first_name'], message: 'First name is required for an employee.' })
  })

/** /auth and /refresh_token (keys as the seed's examples; `email` and `employees` for ADMIN only). */
export const SessionPayload = {
  access_token: z.string(),
  refresh_token: z.string(),
  mobile: z.string(),
  email: z.string().optional(),
  first_name: z.string(),
  last_name: z.string(),
  patronic_name: z.string(),
  biin: z.string(),
  company_name: z.string(),
  user_type: z.string(),
  ...GeneralPayload,
  employees: z.array(EmployeeItem).optional(),
}
