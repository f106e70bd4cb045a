import { toQuery } from '@/lib/search-params'

/** The portal's pass-throughs of a report's media (app/api/videos/[ref_key]): session-checked, Range for the video. */
const base = (refKey: string) => `/api/videos/${encodeURIComponent(refKey)}`

/** `review`: the small rendition once ready (else the original); `original`: the file as it was sent. */
export const videoSrc = (refKey: string, rendition?: 'review' | 'original') =>
  `${base(refKey)}${toQuery({ rendition })}`
export const posterSrc = (refKey: string) => `${base(refKey)}/poster`
export const thumbsSrc = (refKey: string) => `${base(refKey)}/thumbs`
