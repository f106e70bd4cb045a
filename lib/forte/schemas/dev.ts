import { z } from 'zod'
import { okEnvelope } from './common'

export const letterSchema = z.looseObject({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  created_at: z.string(),
})
export type Letter = z.infer<typeof letterSchema>
export const outboxSchema = okEnvelope({ messages: z.array(letterSchema) })
