import { z } from 'zod'
import { okEnvelope } from './common'

export const employeeSchema = z.looseObject({ id: z.number().int(), first_name: z.string(), mobile: z.string() })

export const employeeListSchema = okEnvelope({ employees: z.array(employeeSchema) })
export const messageOnlySchema = okEnvelope({})
