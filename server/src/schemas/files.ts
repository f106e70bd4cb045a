import { z } from 'zod'

/** A `response` entry for a file answer (PNG, JPEG, MP4): its bytes, of that media type. */
export const fileResponse = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: z.string().meta({ format: 'binary' }) } },
})

/** 304: the client's If-None-Match ETag still matches; no body. */
export const NotModified = z.null().meta({ description: 'Not modified: the If-None-Match ETag still matches' })
