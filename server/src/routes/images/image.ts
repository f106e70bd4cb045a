import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errors } from '../../schemas/common.js'
import { fileResponse, NotModified } from '../../schemas/files.js'

export const IMAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seed/images')

interface Picture {
  png: Buffer
  etag: string
}

/** The pictures are a few KB each: load them once, keyed by vehicle_type_code (`default` = fallback). */
function loadPictures(): Map<string, Picture> {
  const out = new Map<string, Picture>()
  for (const f of readdirSync(IMAGES_DIR)) {
    if (!f.endsWith('.png')) continue
    const png = readFileSync(path.join(IMAGES_DIR, f))
    out.set(f.slice(0, -4), { png, etag: `"${createHash('sha256').update(png).digest('hex').slice(0, 16)}"` })
  }
  return out
}

/** GET /images/{vehicle_type_code}/image.png: the type's picture (`image_path`), no auth; unknown types get a neutral one. */
const plugin: FastifyPluginAsyncZod = async (fastify) => {
  const pictures = loadPictures()
  const fallback = pictures.get('default')
  if (!fallback) throw new Error(`default.png missing in ${IMAGES_DIR}`)

  fastify.get(
    '/:vehicle_type_code/image.png',
    {
      schema: {
        tags: ['vehicles'],
        summary: "A vehicle type's picture (PNG)",
        params: z.object({ vehicle_type_code: z.string().min(1).max(64) }),
        response: { 200: fileResponse('image/png', 'The picture'), 304: NotModified, ...errors(422) },
      },
    },
    async (request, reply) => {
      const pic = pictures.get(request.params.vehicle_type_code) ?? fallback
      const raw = reply as unknown as FastifyReply // PNG bytes, not a JSON envelope
      raw.type('image/png').header('etag', pic.etag).header('cache-control', 'public, max-age=86400')
      const inm = request.headers['if-none-match']
      if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === pic.etag)) return raw.code(304).send()
      return raw.send(pic.png)
    },
  )
}
export default plugin
