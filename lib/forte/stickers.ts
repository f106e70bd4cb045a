import 'server-only'
import { type Credentials, forteJson } from './client'
import { stickersRecordedSchema } from './schemas/stickers'

/**
 * Records that stickers were printed for `guids` now: a director's own vehicles through
 * `/vehicles/stickers`, staff's any company's through `/1c/vehicles/stickers`. All or nothing.
 */
export const recordStickersPrinted = (auth: Credentials, guids: string[]) =>
  forteJson(auth.kind === 'basic' ? '/1c/vehicles/stickers' : '/vehicles/stickers', stickersRecordedSchema, {
    auth,
    method: 'POST',
    json: { vehicle_guids: guids },
  })
